namespace DistrictPortal.Core.Campaigns;

/// <summary>A year whose holiday notice is (partly) missing from the calendar, for the admin's home page.</summary>
public sealed record CalendarGap(int Year, bool HolidaysMissing, bool MakeUpWorkingDaysMissing);

/// <summary>
/// The calendar ahead (issue 16 item 8). The State Council publishes next year's notice (放假与调休) in October or
/// November, so from October on the admin is told when next year's holidays or make-up working days are not entered;
/// the current year's gap is told all year, since its deadlines are being reckoned without it now.
/// </summary>
public static class CalendarAhead
{
    /// <summary>The first month in which next year's calendar is asked for.</summary>
    public const int WarnFromMonth = 10;

    /// <summary>The gaps to warn about on <paramref name="today"/> (local date), given the days entered for this year and next.</summary>
    public static IReadOnlyList<CalendarGap> Gaps(DateOnly today, IEnumerable<CalendarDay> entered)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var days = entered.ToList();
        int[] years = today.Month >= WarnFromMonth ? [today.Year, today.Year + 1] : [today.Year];
        var gaps = new List<CalendarGap>();
        foreach (var year in years)
        {
            var holidays = days.Any(d => d.Date.Year == year && !d.IsMakeUpWorkingDay);
            var makeUps = days.Any(d => d.Date.Year == year && d.IsMakeUpWorkingDay);
            if (!holidays || !makeUps)
                gaps.Add(new CalendarGap(year, !holidays, !makeUps));
        }
        return gaps;
    }

    /// <summary>The range of days <see cref="Gaps"/> needs: 1 January this year to 31 December next year.</summary>
    public static (DateOnly From, DateOnly To) Range(DateOnly today) => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 1, 12, 31));
}
