using System.Globalization;

namespace DistrictPortal.Core.Campaigns;

/// <summary>
/// 法定节假日与调休: the State Council's public holidays (放假) and make-up working days (调休上班: a Saturday or
/// Sunday that is a working day). Published once a year, so it is data the admin keeps, not code; a date
/// cannot be both a holiday and a make-up day.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkingDays;
    private readonly HashSet<int> _enteredYears;

    /// <param name="enteredYears">
    /// The years whose notice has been entered; by default every year with at least one day in the calendar. A year
    /// without a notice is not a year without holidays: its deadlines are only provisional (<see cref="HasYear"/>).
    /// </param>
    public HolidayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays, IEnumerable<int>? enteredYears = null)
    {
        _holidays = [.. holidays];
        _makeUpWorkingDays = [.. makeUpWorkingDays];
        _enteredYears = enteredYears is null ? [.. _holidays.Concat(_makeUpWorkingDays).Select(d => d.Year)] : [.. enteredYears];
        var both = _holidays.Intersect(_makeUpWorkingDays).Order().ToList();
        if (both.Count > 0)
            throw new ArgumentException("Dates both holiday and make-up working day: "
                + string.Join(", ", both.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    /// <summary>Weekends off, nothing else: the calendar before the admin enters a year's notice.</summary>
    public static HolidayCalendar None { get; } = new([], []);

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;
    public IReadOnlyCollection<DateOnly> MakeUpWorkingDays => _makeUpWorkingDays;

    /// <summary>Whether the year's notice (放假与调休) has been entered: without it a deadline may fall on a holiday unseen.</summary>
    public bool HasYear(int year) => _enteredYears.Contains(year);

    public bool IsHoliday(DateOnly date) => _holidays.Contains(date);
    public bool IsMakeUpWorkingDay(DateOnly date) => _makeUpWorkingDays.Contains(date);

    /// <summary>A make-up day works even though it is a weekend; a holiday rests even though it is a weekday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkingDays.Contains(date)
        || (!_holidays.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The last working day on or before <paramref name="date"/>.</summary>
    public DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        // Bounded so that a calendar entered with a whole year of holidays cannot loop for ever.
        for (var day = date; day > date.AddDays(-366); day = day.AddDays(-1))
        {
            if (IsWorkingDay(day))
                return day;
        }
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No working day in the year before {date:yyyy-MM-dd}."));
    }

    /// <summary>
    /// 国务院办公厅关于2026年部分节假日安排的通知 (4 Nov 2025). Listed so demos and tests use the real notice;
    /// the portal's own calendar is whatever the admin enters.
    /// </summary>
    public static HolidayCalendar China2026 { get; } = new(
        [
            .. Range(2026, 1, 1, 3),    // 元旦 1–3 Jan
            .. Range(2026, 2, 15, 23),  // 春节 15–23 Feb
            .. Range(2026, 4, 4, 6),    // 清明 4–6 Apr
            .. Range(2026, 5, 1, 5),    // 劳动节 1–5 May
            .. Range(2026, 6, 19, 21),  // 端午 19–21 Jun
            .. Range(2026, 9, 25, 27),  // 中秋 25–27 Sep
            .. Range(2026, 10, 1, 7),   // 国庆 1–7 Oct
        ],
        [
            new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9),
            new(2026, 9, 20), new(2026, 10, 10),
        ]);

    private static IEnumerable<DateOnly> Range(int year, int month, int firstDay, int lastDay) =>
        Enumerable.Range(firstDay, lastDay - firstDay + 1).Select(d => new DateOnly(year, month, d));
}
