using System.Net;
using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Features.Briefings;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
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

        // Provisional exactly when a return the briefing sums was not accepted (a sub-district's own, the district's any).
        var snapshots = await factory.Services.GetRequiredService<IWeeklyReturnRepository>()
            .ListCurrentSnapshotsAsync(district.Path, Week(factory, 0), CurrentWeek(factory));
        foreach (var b in archived.Where(b => b.NodeId != district.Id))
            Assert.Equal(!snapshots.Any(s => s.SubDistrictId == b.NodeId && s.WeekEnding == b.WeekEnding), b.IsProvisional);

        // A restatement changes the week's snapshot: the pack archives 牌楼街道's and the district's briefing again, and
        // /briefings marks the older copies superseded.
        await RestateAsync(pailou.Id, Week(factory, 6));
        Assert.Equal(2, await RunPackAsync());
        Assert.Equal(0, await RunPackAsync());
        var again = await archive.ListAsync(district.Path);
        var pailouWeek6 = again.Where(b => b.NodeId == pailou.Id && b.WeekEnding == Week(factory, 6)).OrderBy(b => b.Id).ToList();
        Assert.Equal(2, pailouWeek6.Count);
        Assert.NotEqual(pailouWeek6[0].SnapshotId, pailouWeek6[1].SnapshotId);

        var listed = Html.OpeningTags(await bureau.GetPageAsync("/briefings"), "archived-briefing");
        string? Superseded(long id) => Html.Attribute(listed.Single(t => Html.Attribute(t, "data-id") == id.ToString()), "data-superseded");
        Assert.Equal(("true", "false"), (Superseded(pailouWeek6[0].Id), Superseded(pailouWeek6[1].Id)));
    }

    [Fact]
    public async Task The_pack_is_queued_once_at_start_as_the_README_says()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var pack = connection.GetRecurringJobs().Single(j => j.Id == WeeklyBriefingPackJob.RecurringId);
        Assert.False(string.IsNullOrEmpty(pack.LastJobId), "the pack was not triggered at start-up");
    }

    /// <summary>The accepted return frozen again as a restatement, as reopening and accepting it would.</summary>
    private async Task RestateAsync(long subDistrictId, DateOnly week)
    {
        var returns = factory.Services.GetRequiredService<IWeeklyReturnRepository>();
        var accepted = (await returns.GetAsync(subDistrictId, week))!;
        var snapshot = ReturnSnapshot.Freeze(accepted, await CalendarAsync(factory), Now(factory));
        snapshot.IsRestatement = true;
        await returns.AcceptAsync(accepted, snapshot, [], []);
    }
}
