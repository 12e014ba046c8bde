using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Tests.Campaigns;

/// <summary>Issue 16 item 8: the calendar ahead. The demo (and the real portal in 2026) has 2026's notice and not 2027's.</summary>
public class CalendarAheadTests
{
    private static IReadOnlyList<CalendarDay> Entered2026 { get; } =
    [
        .. HolidayCalendar.China2026.Holidays.Select(d => new CalendarDay { Date = d, Name = "放假" }),
        .. HolidayCalendar.China2026.MakeUpWorkingDays.Select(d => new CalendarDay { Date = d, IsMakeUpWorkingDay = true, Name = "调休" }),
    ];

    [Fact]
    public void On_30_September_next_year_is_not_asked_for_yet()
    {
        Assert.Empty(CalendarAhead.Gaps(new DateOnly(2026, 9, 30), Entered2026));
    }

    [Theory]
    [InlineData("2026-10-01")]
    [InlineData("2026-12-31")]
    public void From_October_a_missing_next_year_is_a_gap_of_both_kinds(string today)
    {
        var gap = Assert.Single(CalendarAhead.Gaps(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Entered2026));
        Assert.Equal(new CalendarGap(2027, HolidaysMissing: true, MakeUpWorkingDaysMissing: true), gap);
    }

    [Fact]
    public void Next_year_entered_with_holidays_only_still_lacks_its_make_up_days()
    {
        var days = Entered2026.Append(new CalendarDay { Date = new DateOnly(2027, 1, 1), Name = "元旦" });
        Assert.Equal([new CalendarGap(2027, false, true)], CalendarAhead.Gaps(new DateOnly(2026, 12, 31), days));
        var complete = days.Append(new CalendarDay { Date = new DateOnly(2027, 2, 6), IsMakeUpWorkingDay = true, Name = "春节调休" });
        Assert.Empty(CalendarAhead.Gaps(new DateOnly(2026, 12, 31), complete));
    }

    [Fact]
    public void The_current_year_missing_is_a_gap_all_year()
    {
        Assert.Equal([new CalendarGap(2027, true, true)], CalendarAhead.Gaps(new DateOnly(2027, 3, 1), Entered2026));
    }

    [Fact]
    public void A_week_whose_Friday_falls_in_a_year_without_a_calendar_is_marked()
    {
        var calendar = new ReportingCalendar(HolidayCalendar.China2026);
        var newYearsDay = new DateOnly(2027, 1, 1);

        // The deadline lands on New Year's Day because 2027's notice is not there; the mark says so.
        Assert.Equal(newYearsDay, calendar.DeadlineDate(newYearsDay));
        Assert.True(calendar.IsCalendarMissing(newYearsDay));
        Assert.False(calendar.IsCalendarMissing(new DateOnly(2026, 12, 25)));
    }

    [Fact]
    public void A_rule_due_after_the_week_is_marked_when_its_due_day_falls_in_the_missing_year()
    {
        var only2028 = new HolidayCalendar([], [], enteredYears: [2028]);
        var friday = new DateOnly(2028, 12, 29); // due Monday 2029-01-01 under a Monday rule
        Assert.False(new ReportingCalendar(only2028).IsCalendarMissing(friday));
        Assert.True(new ReportingCalendar(only2028, new DeadlineRule(DayOfWeek.Monday, new TimeOnly(9, 0))).IsCalendarMissing(friday));
    }

    [Fact]
    public void Years_entered_can_be_given_so_a_year_without_a_single_holiday_day_counts_as_entered()
    {
        var calendar = new HolidayCalendar([], [], enteredYears: [2027]);
        Assert.True(calendar.HasYear(2027));
        Assert.False(calendar.HasYear(2026));
        Assert.False(HolidayCalendar.None.HasYear(2026));
    }
}
