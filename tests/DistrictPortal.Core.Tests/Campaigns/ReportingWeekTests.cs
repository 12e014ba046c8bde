using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Tests.Campaigns;

/// <summary>The reporting week runs Saturday 00:00 to Friday 24:00 Asia/Shanghai (UTC+8) and is named by its Friday.</summary>
public class ReportingWeekTests
{
    private static readonly ReportingCalendar Calendar = new(HolidayCalendar.None);

    [Theory]
    [InlineData("2026-10-03", "2026-10-09")] // Saturday starts the next week
    [InlineData("2026-10-04", "2026-10-09")] // Sunday
    [InlineData("2026-10-08", "2026-10-09")] // Thursday
    [InlineData("2026-10-09", "2026-10-09")] // Friday is its own week ending
    [InlineData("2026-10-10", "2026-10-16")]
    [InlineData("2026-12-31", "2027-01-01")] // across a year end
    public void Week_ending_is_the_Friday_on_or_after_the_date(string date, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ReportingCalendar.WeekEnding(DateOnly.Parse(date)));

    [Fact]
    public void Week_starts_on_the_Saturday_six_days_before_its_Friday()
    {
        Assert.Equal(new DateOnly(2026, 10, 3), ReportingCalendar.WeekStart(new DateOnly(2026, 10, 9)));
        Assert.True(ReportingCalendar.IsInWeek(new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 9)));
        Assert.False(ReportingCalendar.IsInWeek(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 9)));
    }

    [Fact]
    public void A_week_ending_that_is_not_a_Friday_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingCalendar.WeekStart(new DateOnly(2026, 10, 8)));
        Assert.Contains("Thursday", ex.Message);
        Assert.Throws<ArgumentException>(() => Calendar.DeadlineUtc(new DateOnly(2026, 10, 10)));
    }

    [Fact]
    public void Week_bounds_are_local_midnights_expressed_in_UTC()
    {
        var (start, end) = Calendar.WeekBoundsUtc(new DateOnly(2026, 10, 9));
        Assert.Equal(new DateTime(2026, 10, 2, 16, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(new DateTime(2026, 10, 9, 16, 0, 0, DateTimeKind.Utc), end);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Fact]
    public void The_week_of_an_instant_is_decided_in_Shanghai_not_in_UTC()
    {
        // 15:59:59Z is Friday 23:59:59 in Shanghai; 16:00:00Z is already Saturday there, while still Friday in UTC.
        Assert.Equal(new DateOnly(2026, 10, 2), Calendar.WeekEndingAt(new DateTime(2026, 10, 2, 15, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 10, 9), Calendar.WeekEndingAt(new DateTime(2026, 10, 2, 16, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_zone_is_Shanghai_at_UTC_plus_8()
    {
        Assert.Equal(TimeSpan.FromHours(8), Calendar.Zone.GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), Calendar.Zone.GetUtcOffset(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
