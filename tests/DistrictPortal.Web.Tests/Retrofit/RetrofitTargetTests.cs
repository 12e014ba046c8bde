using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Retrofit;

/// <summary>Edits next year's targets only, so this year's demo figures stay as the page tests expect.</summary>
[Collection(PortalCollection.Name)]
public sealed class RetrofitTargetTests(PortalFactory factory)
{
    private const string Zhonghualu = "中华路街道（演示）";

    [Fact]
    public async Task The_admin_sets_a_sub_districts_target_and_the_board_reads_it_with_the_change_audited()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var target = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Zhonghualu);
        var next = Year(factory) + 1;
        using var admin = await factory.NewClient().SignInAsync("admin");
        var page = $"/retrofit/targets?year={next}&node={district.Id}";
        var row = Html.OpeningTags(await admin.GetPageAsync(page), "target-row").Single(t => Html.Attribute(t, "data-name") == Zhonghualu);
        // Next year is the programme's third: 800,000 m² for 演示区, 133,333 or 133,334 for each sub-district.
        Assert.StartsWith("13333", Html.Attribute(row, "data-target"));
        var stored = (await Repository(factory).ListTargetsAsync((await Repository(factory).ListProgrammesAsync()).Last().Id, next)).Single(t => t.NodeId == target.Id);

        var bad = await admin.PostFormAsync("/retrofit/targets",
            [new("year", next.ToString()), new("node", district.Id.ToString()), new("targetNodeId", target.Id.ToString()),
             new("targetId", stored.Id.ToString()), new("version", stored.Version.ToString()), new("area", "12.345")], page);
        Assert.Contains($"“{Zhonghualu}”的年度目标应为", await bad.Content.ReadAsStringAsync());

        var saved = await admin.PostFormAsync("/retrofit/targets",
            [new("year", next.ToString()), new("node", district.Id.ToString()), new("targetNodeId", target.Id.ToString()),
             new("targetId", stored.Id.ToString()), new("version", stored.Version.ToString()), new("area", "150000.5")], page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var line = Lines(await admin.GetPageAsync($"/retrofit?year={next}&node={district.Id}"))[Zhonghualu];
        Assert.Equal(150_000.5m, line.Target);
        var audit = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync("AreaTarget", stored.Id);
        Assert.Contains(audit, a => a.NewValue == "150000.5" && a.UserName == Demo.Operator("admin"));
    }

    [Fact]
    public async Task Only_the_admin_sets_targets_and_only_for_rows_on_its_page()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync($"/retrofit/targets?node={district.Id}")).StatusCode);
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.Forbidden, (await pailou.GetAsync("/retrofit/targets")).StatusCode);

        // A community is not a row of the district's page: it does not exist there.
        var community = (await Demo.ChildrenAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName))[0];
        using var admin = await factory.NewClient().SignInAsync("admin");
        var response = await admin.PostFormAsync("/retrofit/targets",
            [new("year", (Year(factory) + 1).ToString()), new("node", district.Id.ToString()), new("targetNodeId", community.Id.ToString()),
             new("targetId", "0"), new("version", "0"), new("area", "1")], $"/retrofit/targets?node={district.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
