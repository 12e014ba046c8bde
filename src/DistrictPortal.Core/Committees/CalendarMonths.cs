namespace DistrictPortal.Core.Committees;

/// <summary>
/// "Within N months" (P8's 一个月内, 两个月内) counted as calendar months: the same day N months later, or that
/// month's last day when it has no such day (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year; 31 Aug + 1 = 30 Sep).
/// The deadline day itself is still within time.
/// </summary>
public static class CalendarMonths
{
    // DateOnly.AddMonths clamps to the month's last day, which is exactly the rule above.
    public static DateOnly After(DateOnly start, int months) => start.AddMonths(months);
}
