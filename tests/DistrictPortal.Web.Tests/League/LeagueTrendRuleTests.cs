using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Web.Features.League;

namespace DistrictPortal.Web.Tests.League;

public sealed class LeagueTrendRuleTests
{
    private static readonly DateOnly W1 = new(2026, 11, 6), W2 = new(2026, 11, 13), W3 = new(2026, 11, 20);

    private static ReturnSnapshot Snap(long id, DateOnly week, int covered, int baseline) => new()
    {
        SubDistrictId = id, SubDistrictName = $"S{id}", WeekEnding = week, Covered = covered, Baseline = baseline,
        PercentCleared = ReturnFigures.Percent(covered, baseline),
    };

    [Fact]
    public void A_week_without_a_snapshot_carries_the_last_one_and_the_district_line_weights_by_list_size()
    {
        // S1: 1 of 4 in W1, nothing accepted in W2, 3 of 4 in W3. S2 starts in W2 with 1 of 6.
        var (series, district) = LeagueTrend.Build([Snap(1, W1, 1, 4), Snap(1, W3, 3, 4), Snap(2, W2, 1, 6)], [W1, W2, W3]);

        Assert.Equal([25.0m, 25.0m, 75.0m], series.Single(s => s.SubDistrictId == 1).Percent);
        Assert.Equal([null, 16.7m, 16.7m], series.Single(s => s.SubDistrictId == 2).Percent);
        // W2: (1 + 1) ÷ (4 + 6) = 20.0, not the mean of 25.0 and 16.7; W3: (3 + 1) ÷ 10.
        Assert.Equal([25.0m, 20.0m, 40.0m], district);
    }

    [Fact]
    public void The_chart_cache_gives_the_same_svg_for_the_same_figures_and_a_new_one_when_a_figure_changes()
    {
        var cache = new ChartCache();
        var first = cache.League([new LeagueBar("甲街道", 10m), new LeagueBar("乙街道", 20m)], "排名");

        Assert.Same(first, cache.League([new LeagueBar("甲街道", 10m), new LeagueBar("乙街道", 20m)], "排名"));
        var changed = cache.League([new LeagueBar("甲街道", 10m), new LeagueBar("乙街道", 30m)], "排名");
        Assert.NotEqual(first, changed);
        Assert.Contains("30.0%", changed);
    }
}
