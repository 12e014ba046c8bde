using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.League;

/// <summary>
/// 按时报送率: the share of a sub-district's last N weekly returns (13 weeks, a quarter, by default) first submitted on
/// time (P11 每周五报送). A week with no return whose deadline has passed counts as not on time; a week not yet due,
/// or before the campaign's first week, does not count. Percent to one decimal, midpoint away from zero; null when
/// no week counts.
/// </summary>
public static class OnTimeRate
{
    public const int DefaultWeeks = 13;

    /// <param name="byWeek">Timeliness of each week's return, by week ending; a missing week means nothing was filed.</param>
    /// <param name="lastWeekEnding">The latest week in the window.</param>
    /// <param name="firstWeekEnding">The campaign's first reporting week; earlier weeks are never counted.</param>
    public static decimal? Compute(
        IReadOnlyDictionary<DateOnly, Timeliness> byWeek, DateOnly lastWeekEnding, DateOnly firstWeekEnding, int weeks = DefaultWeeks)
    {
        var counted = 0;
        var onTime = 0;
        for (var i = 0; i < weeks; i++)
        {
            var week = lastWeekEnding.AddDays(-7 * i);
            if (week < firstWeekEnding)
                break;
            var timeliness = byWeek.TryGetValue(week, out var t) ? t : Timeliness.Overdue;
            if (timeliness == Timeliness.NotYetDue)
                continue;
            counted++;
            if (timeliness == Timeliness.OnTime)
                onTime++;
        }
        return counted == 0 ? null : Math.Round(onTime * 100m / counted, 1, MidpointRounding.AwayFromZero);
    }
}
