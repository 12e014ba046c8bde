using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Returns;

/// <summary>A derived figure and the estates behind it, so every number on a page can be opened to its list.</summary>
public sealed record Figure(long Value, IReadOnlyList<long> EstateIds)
{
    public static Figure Of(IEnumerable<ReturnRow> rows)
    {
        var ids = rows.Select(r => r.EstateId).ToArray();
        return new(ids.Length, ids);
    }
}

/// <summary>
/// The figures of a weekly return (P11's 清零 progress), computed from its rows and never typed:
/// baseline = every estate on the list; covered = struck off (销号); remaining = baseline − covered;
/// % cleared = covered ÷ baseline × 100 to one decimal, midpoint away from zero (2/3 → 66.7, 1/8 → 12.5);
/// newly covered = struck off on a date inside the reporting week (Saturday to Friday);
/// committees formed = a committee-elected date on or before the week ending (业委会 elected, P8);
/// households covered = the households of the covered estates.
/// </summary>
public sealed record ReturnFigures(
    Figure Baseline,
    Figure Covered,
    Figure Remaining,
    decimal? PercentCleared,
    Figure NewlyCovered,
    Figure CommitteesFormed,
    Figure HouseholdsCovered)
{
    public static ReturnFigures Compute(IReadOnlyCollection<ReturnRow> rows, DateOnly weekEnding)
    {
        var weekStart = ReportingCalendar.WeekStart(weekEnding);
        var covered = rows.Where(r => r.IsStruckOff).ToList();
        var baseline = Figure.Of(rows);
        return new ReturnFigures(
            baseline,
            Figure.Of(covered),
            Figure.Of(rows.Where(r => !r.IsStruckOff)),
            Percent(covered.Count, rows.Count),
            Figure.Of(covered.Where(r => r.StruckOffDate is { } d && d >= weekStart && d <= weekEnding)),
            Figure.Of(rows.Where(r => r.CommitteeElectedDate is { } d && d <= weekEnding)),
            new Figure(covered.Sum(r => (long)r.Households), covered.Select(r => r.EstateId).ToArray()));
    }

    public static ReturnFigures Compute(WeeklyReturn weeklyReturn) => Compute(weeklyReturn.Rows, weeklyReturn.WeekEnding);

    /// <summary>Null when there is no baseline: nothing on the list is not "0% cleared" and not "100%".</summary>
    public static decimal? Percent(long part, long whole) =>
        whole <= 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
