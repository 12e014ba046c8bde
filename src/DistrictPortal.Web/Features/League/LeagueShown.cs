using DistrictPortal.Core.League;

namespace DistrictPortal.Web.Features.League;

/// <summary>A column shown beside the score but not in it, against the median and the leader like a scored component.</summary>
public sealed record ShownComparison(string Key, decimal? Value, decimal? Median, decimal? Leader, bool IsCount)
{
    public decimal? VersusMedian => Value - Median;
    public decimal? BehindLeader => Leader - Value;
}

/// <summary>
/// The "why" page's unscored rows: retrofit % of this year's target, committees formed as % of needed, and overdue
/// items. The median is over the ranked sub-districts that have a value (Core's <see cref="LeagueTable.Median"/>).
/// </summary>
public static class LeagueShown
{
    public static IReadOnlyList<ShownComparison> Compare(LeagueWeekTable table, LeagueLine line, LeagueLine? leader)
    {
        var ranked = table.Ranked.ToList();
        ShownComparison Row(string key, Func<LeagueLine, decimal?> value, bool isCount = false) =>
            new(key, value(line), LeagueTable.Median(ranked.Select(value)), leader is null ? null : value(leader), isCount);
        return
        [
            Row("Retrofit", x => x.RetrofitPercent),
            Row("Committees", CommitteesPercent),
            Row("Overdue", x => x.OverdueItems, isCount: true),
        ];
    }

    /// <summary>Formed ÷ needed in percentage points, as /committees rounds it; null when none is needed.</summary>
    public static decimal? CommitteesPercent(LeagueLine x) =>
        x.CommitteesNeeded is > 0 and var need ? Math.Round(100m * (x.CommitteesFormedNow ?? 0) / need, 1, MidpointRounding.AwayFromZero) : null;
}
