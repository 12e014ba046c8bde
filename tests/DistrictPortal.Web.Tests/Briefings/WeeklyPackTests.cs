using System.Net;
using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Features.Briefings;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Briefings;

/// <summary>A portal of its own, so that the pack's first run is the first.</summary>
[CollectionDefinition(Name)]
public sealed class WeeklyPackCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "weekly-pack";
}

[Collection(WeeklyPackCollection.Name)]
public sealed class WeeklyPackTests(PortalFactory factory)
{
    private async Task<int> RunPackAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklyBriefingPackJob>().RunAsync(Now(factory));
    }

    [Fact]
    public async Task The_pack_archives_the_district_and_each_sub_district_once_per_closed_week_and_a_member_downloads_only_within_scope()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var archive = factory.Services.GetRequiredService<IBriefingArchiveRepository>();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = await RunPackAsync();
        var firstTook = clock.Elapsed;
        var second = await RunPackAsync();
        Console.WriteLine($"weekly pack: {first} briefings in {firstTook.TotalSeconds:0.0} s; second run {second} in {(clock.Elapsed - firstTook).TotalSeconds:0.0} s");

        var archived = await archive.ListAsync(district.Path);
        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Equal(first, archived.Count);
        Assert.Equal(archived.Count, archived.Select(b => (b.NodeId, b.WeekEnding)).Distinct().Count());
        // Demo week 6 is long closed (two deadlines past): the district and its six sub-districts are all there.
        Assert.Equal(7, archived.Count(b => b.WeekEnding == Week(factory, 6)));
        Assert.Contains(archived, b => b.NodeId == district.Id && b.WeekEnding == Week(factory, 6));
        Assert.DoesNotContain(archived, b => b.WeekEnding == CurrentWeek(factory)); // its own deadline is at most just past

        using var member = await factory.NewClient().SignInAsync("briefing");
        var page = await member.GetPageAsync("/briefings");
        var rows = Html.OpeningTags(page, "archived-briefing");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(pailou.Id.ToString(), Html.Attribute(r, "data-node")));

        var mine = archived.First(b => b.NodeId == pailou.Id);
        var download = await member.GetAsync($"/briefings/archive/{mine.Id}.pdf");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var text = PdfText.Of(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("牌楼街道无物业管理小区清零行动工作简报", text);
        Assert.Contains($"数据快照 {mine.SnapshotId}", text);

        var districtBriefing = archived.First(b => b.NodeId == district.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/briefings/archive/{districtBriefing.Id}.pdf")).StatusCode);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync($"/briefings/archive/{districtBriefing.Id}.pdf")).StatusCode);
    }
}
