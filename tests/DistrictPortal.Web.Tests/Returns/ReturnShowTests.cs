using System.Text.Json;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Features.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// The page's GET loads a week with <see cref="ReturnService.LoadToShowAsync"/>, which leaves out the reads only an
/// editable return draws on (issue 19). Whatever it leaves out, the return it shows must be the one the whole week shows.
/// </summary>
public sealed class ReturnShowTests(ReturnsWorld world) : IClassFixture<ReturnsWorld>
{
    [Fact]
    public async Task An_accepted_week_is_shown_as_stored_without_the_registry_or_the_committee_tracks()
    {
        var (node, week) = await WeekAsync(ReturnStatus.Accepted);
        using var scope = world.Portal.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ReturnService>();

        var whole = (await service.LoadAsync(node, week))!;
        var shown = (await service.LoadToShowAsync(node, week))!;

        Assert.NotEmpty(whole.Registry);
        Assert.Empty(shown.Registry);
        Assert.Empty(shown.Tracks);
        Assert.Equal(Rows(ReturnWorkflowService.Working(whole)), Rows(ReturnWorkflowService.Working(shown)));
        Assert.Equal(Rows(whole.LastAccepted), Rows(shown.LastAccepted));
        Assert.Equal(whole.Estates.Select(e => (e.EstateId, e.CommunityName)), shown.Estates.Select(e => (e.EstateId, e.CommunityName)));
    }

    [Fact]
    public async Task An_editable_week_is_loaded_whole_for_its_page()
    {
        // This week has no return yet: its rows are pre-filled from the registry and the committee tracks.
        var node = await ReturnsWorld.SubDistrictAsync(world.Portal, DistrictPortal.Web.Infrastructure.DemoData.DemoHierarchy.PailouName);
        using var scope = world.Portal.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ReturnService>();

        var whole = (await service.LoadAsync(node, ReturnsWorld.Week))!;
        var shown = (await service.LoadToShowAsync(node, ReturnsWorld.Week))!;

        Assert.True(shown.IsEditable);
        Assert.NotEmpty(shown.Registry);
        Assert.Equal(whole.Tracks.Keys.Order(), shown.Tracks.Keys.Order());
        Assert.Equal(Rows(ReturnWorkflowService.Working(whole)), Rows(ReturnWorkflowService.Working(shown)));
    }

    private async Task<(Node Node, DateOnly Week)> WeekAsync(ReturnStatus status)
    {
        var nodes = world.Portal.Services.GetRequiredService<INodeRepository>();
        var returns = world.Portal.Services.GetRequiredService<IWeeklyReturnRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        // The demo's history: the latest such week that has an accepted week before it (so its change marks have a base).
        var summaries = await returns.ListAsync(root.Path, ReturnsWorld.Week.AddDays(-70), ReturnsWorld.Week);
        var found = summaries.Where(s => s.Status == status)
            .Where(s => summaries.Any(p => p.SubDistrictId == s.SubDistrictId && p.WeekEnding < s.WeekEnding && p.Status == ReturnStatus.Accepted))
            .OrderByDescending(s => s.WeekEnding).First();
        return ((await nodes.GetByIdAsync(found.SubDistrictId))!, found.WeekEnding);
    }

    private static string Rows(WeeklyReturn? weeklyReturn) => JsonSerializer.Serialize(weeklyReturn?.Rows);
}
