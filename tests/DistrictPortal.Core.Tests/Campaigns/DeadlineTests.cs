using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Tests.Campaigns;

public class DeadlineTests
{
    private static readonly ReportingCalendar Plain = new(HolidayCalendar.None);
    private static readonly ReportingCalendar China2026 = new(HolidayCalendar.China2026);
    private static DateTime Utc(int y, int mo, int d, int h, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    [Fact]
    public void Default_deadline_is_Friday_17_00_Shanghai_which_is_09_00_UTC()
    {
        Assert.Equal(DeadlineRule.Default, new DeadlineRule(DayOfWeek.Friday, new TimeOnly(17, 0)));
        Assert.Equal(Utc(2026, 11, 27, 9), Plain.DeadlineUtc(new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void A_Monday_rule_falls_on_the_Monday_after_the_week()
    {
        var calendar = new ReportingCalendar(HolidayCalendar.None, new DeadlineRule(DayOfWeek.Monday, new TimeOnly(12, 0)));
        Assert.Equal(new DateOnly(2026, 11, 30), calendar.DeadlineDate(new DateOnly(2026, 11, 27)));
        Assert.Equal(Utc(2026, 11, 30, 4), calendar.DeadlineUtc(new DateOnly(2026, 11, 27)));
    }

    // 2026 notice (国办, 4 Nov 2025): 国庆 Thu 1 – Wed 7 Oct off; make-up working days Sun 20 Sep and Sat 10 Oct;
    // 中秋 Fri 25 – Sun 27 Sep off. (The brief's "1–8 Oct" is 2025's pattern; the 2026 notice says 1–7.)
    [Fact]
    public void National_Day_2026_Friday_2_Oct_is_a_holiday_so_the_deadline_moves_back_to_Wednesday_30_Sep()
    {
        var weekEnding = new DateOnly(2026, 10, 2);
        Assert.True(China2026.Holidays.IsHoliday(weekEnding));
        Assert.True(China2026.Holidays.IsHoliday(new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2026, 9, 30), China2026.DeadlineDate(weekEnding));
        Assert.Equal(Utc(2026, 9, 30, 9), China2026.DeadlineUtc(weekEnding));
    }

    [Fact]
    public void National_Day_2026_filing_on_the_holiday_Friday_is_late()
    {
        var weekEnding = new DateOnly(2026, 10, 2);
        Assert.Equal(Timeliness.OnTime, China2026.Evaluate(weekEnding, Utc(2026, 9, 30, 9), Utc(2026, 10, 9, 0)));
        Assert.Equal(Timeliness.Late, China2026.Evaluate(weekEnding, Utc(2026, 10, 2, 8), Utc(2026, 10, 9, 0)));
    }

    [Fact]
    public void Week_after_National_Day_2026_is_due_on_its_own_Friday_9_Oct()
    {
        Assert.False(China2026.Holidays.IsHoliday(new DateOnly(2026, 10, 8)));
        Assert.Equal(new DateOnly(2026, 10, 9), China2026.DeadlineDate(new DateOnly(2026, 10, 9)));
    }

    [Fact]
    public void Mid_Autumn_2026_Friday_25_Sep_moves_back_to_Thursday_24_Sep()
    {
        Assert.Equal(new DateOnly(2026, 9, 24), China2026.DeadlineDate(new DateOnly(2026, 9, 25)));
    }

    [Fact]
    public void Make_up_days_of_2026_are_working_days_and_holiday_weekends_are_not()
    {
        var h = HolidayCalendar.China2026;
        Assert.True(h.IsWorkingDay(new DateOnly(2026, 9, 20)));  // Sunday, 调休上班
        Assert.True(h.IsWorkingDay(new DateOnly(2026, 10, 10))); // Saturday, 调休上班
        Assert.False(h.IsWorkingDay(new DateOnly(2026, 10, 3))); // Saturday inside the holiday
        Assert.False(h.IsWorkingDay(new DateOnly(2026, 10, 17))); // ordinary Saturday
        Assert.True(h.IsWorkingDay(new DateOnly(2026, 10, 8)));  // Thursday after the holiday
    }

    [Fact]
    public void A_Saturday_rule_keeps_a_make_up_Saturday_and_moves_an_ordinary_one_back_to_Friday()
    {
        var calendar = new ReportingCalendar(HolidayCalendar.China2026, new DeadlineRule(DayOfWeek.Saturday, new TimeOnly(12, 0)));
        Assert.Equal(new DateOnly(2026, 10, 10), calendar.DeadlineDate(new DateOnly(2026, 10, 9)));
        Assert.Equal(Utc(2026, 10, 10, 4), calendar.DeadlineUtc(new DateOnly(2026, 10, 9)));
        Assert.Equal(new DateOnly(2026, 10, 16), calendar.DeadlineDate(new DateOnly(2026, 10, 16)));
    }

    [Fact]
    public void Spring_Festival_2026_walks_back_over_the_holiday_to_the_make_up_Saturday_14_Feb()
    {
        // 春节 Sun 15 – Mon 23 Feb off, Sat 14 Feb worked: the last working day before Fri 20 Feb is Sat 14 Feb.
        Assert.Equal(new DateOnly(2026, 2, 14), China2026.DeadlineDate(new DateOnly(2026, 2, 20)));
    }

    [Fact]
    public void A_Monday_rule_after_National_Day_walks_back_to_Wednesday_30_Sep()
    {
        var calendar = new ReportingCalendar(HolidayCalendar.China2026, new DeadlineRule(DayOfWeek.Monday, new TimeOnly(9, 0)));
        Assert.Equal(new DateOnly(2026, 9, 30), calendar.DeadlineDate(new DateOnly(2026, 10, 2)));
    }

    [Fact]
    public void A_date_cannot_be_both_holiday_and_make_up_day()
    {
        var day = new DateOnly(2026, 10, 10);
        var ex = Assert.Throws<ArgumentException>(() => new HolidayCalendar([day], [day]));
        Assert.Contains("2026-10-10", ex.Message);
    }

    [Fact]
    public void China_2026_lists_the_notice_exactly()
    {
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, HolidayCalendar.China2026.Holidays.Count);
        Assert.Equal(6, HolidayCalendar.China2026.MakeUpWorkingDays.Count);
        Assert.All(HolidayCalendar.China2026.MakeUpWorkingDays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }
}
