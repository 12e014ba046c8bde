using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using DistrictPortal.Core.Auditing;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Retrofit;

[Collection(PortalCollection.Name)]
public sealed class RetrofitEditTests(PortalFactory factory)
{
    private async Task<IReadOnlyList<RetrofitProject>> PailouProjectsAsync()
    {
        var node = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        return await Repository(factory).ListProjectsAsync(node.Path);
    }

    [Fact]
    public async Task A_bad_form_names_each_field_and_writes_nothing()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var before = (await PailouProjectsAsync()).Count;
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        var fields = Fields(estate.Id, "", "-5", started: Today(factory).AddDays(3).ToString("yyyy-MM-dd"))
            .Where(f => f.Key != "WorkItems").ToList();
        var response = await pailou.PostFormAsync("/retrofit/projects/create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("请填写工程名称。", Html.FieldMessage(html, "Name"));
        Assert.Equal("建筑面积必须大于 0。", Html.FieldMessage(html, "Area"));
        Assert.Equal("请填写整治内容。", Html.FieldMessage(html, "WorkItems"));
        Assert.Equal("开工日期不能晚于今天。", Html.FieldMessage(html, "StartedDate"));
        Assert.Equal(before, (await PailouProjectsAsync()).Count);
    }

    [Fact]
    public async Task Merging_an_estate_of_another_community_is_refused_beside_its_field_by_the_service()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var nodes = factory.Services.GetRequiredService<INodeRepository>();
        var estates = await nodes.ListByLevelAsync(pailou.Path, NodeLevel.Estate);
        var lead = estates[0];
        var elsewhere = estates.First(e => e.ParentId != lead.ParentId);
        var before = (await PailouProjectsAsync()).Count;
        using var officer = await factory.NewClient().SignInAsync("pailou");

        var fields = Fields(lead.Id, "测试：跨社区合并", "100").Where(f => f.Key != "MergedEstateIds").ToList();
        fields.Add(new("MergedEstateIds", elsewhere.Id.ToString()));
        var response = await officer.PostFormAsync("/retrofit/projects/create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("合并的小区必须是牵头小区所在社区的其他小区。", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "MergedEstateIds"));
        Assert.Equal(before, (await PailouProjectsAsync()).Count);
    }

    [Fact]
    public async Task Create_then_accept_with_a_confirmed_date_counts_the_area_and_audits_it()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var today = Today(factory);
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        var created = await pailou.PostFormAsync("/retrofit/projects/create",
            Fields(estate.Id, "测试：消防通道整治", "1234.56", started: today.ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var project = (await Repository(factory).GetProjectAsync(id))!;
        Assert.Equal((RetrofitStatus.InWorks, 1234.56m, RetrofitWorkItems.Enclosure | RetrofitWorkItems.FireFacilities),
            (project.Status, project.Area, project.WorkItems));

        // A date in the future is refused beside its field; nothing changes.
        var future = await pailou.PostFormAsync($"/retrofit/projects/{id}/accept",
            [new("acceptedDate", today.AddDays(1).ToString("yyyy-MM-dd")), new("version", project.Version.ToString())]);
        Assert.Equal("验收接收日期不能晚于今天。", Html.FieldMessage(await future.Content.ReadAsStringAsync(), "acceptedDate"));
        Assert.Equal(RetrofitStatus.InWorks, (await Repository(factory).GetProjectAsync(id))!.Status);

        var accepted = await pailou.PostFormAsync($"/retrofit/projects/{id}/accept",
            [new("acceptedDate", today.ToString("yyyy-MM-dd")), new("version", project.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = (await Repository(factory).GetProjectAsync(id))!;
        Assert.Equal((RetrofitStatus.Accepted, today, today), (after.Status, after.AcceptedDate, after.CompletedDate));
        var audit = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(RetrofitAudit.EntityType, id);
        Assert.Contains(audit, a => a.Field == nameof(RetrofitProject.Status) && a.NewValue == "Accepted" && a.UserName == Demo.Operator("pailou"));
        // The acceptance started the estate's one-month consultation clock on the committee record.
        var record = await factory.Services.GetRequiredService<DistrictPortal.Core.Committees.ICommitteeRepository>().GetRecordAsync(estate.Id);
        Assert.Equal(today, record.Consultation?.WorksAcceptedOn);

        // Accepting again, with the old version, is a conflict shown on the page, not a second acceptance.
        var again = await pailou.GetAsync($"/retrofit/projects/{id}/accept");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("已验收接收", await pailou.GetPageAsync($"/retrofit/projects/{id}"));
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict_and_keeps_the_newer_values()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var project = new RetrofitProject
        {
            EstateId = estate.Id, Name = "测试：并发", WorkItems = RetrofitWorkItems.Housing, Area = 500m, Status = RetrofitStatus.Planned,
        };
        await Repository(factory).CreateProjectAsync(project, RetrofitAudit.Created(project, new ChangeContext(0, "test", DateTime.UtcNow)));
        var read = (await Repository(factory).GetProjectAsync(project.Id))!;
        using var pailou = await factory.NewClient().SignInAsync("pailou");

        read.Name = "测试：别人先改";
        await Repository(factory).UpdateProjectAsync(read, []);
        var response = await pailou.PostFormAsync($"/retrofit/projects/{project.Id}/edit",
            Fields(estate.Id, "测试：我后改", "500", status: "Planned").With("Version", read.Version.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已被他人修改", await response.Content.ReadAsStringAsync());
        Assert.Equal("测试：别人先改", (await Repository(factory).GetProjectAsync(project.Id))!.Name);
    }
}
