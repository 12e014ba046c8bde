using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Tests.Committees;

/// <summary>Same day N months later, or that month's last day when it has no such day.</summary>
public class CalendarMonthsTests
{
    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")] // leap year
    [InlineData("2026-08-31", 1, "2026-09-30")]
    [InlineData("2026-03-15", 1, "2026-04-15")]
    [InlineData("2026-12-31", 2, "2027-02-28")]
    [InlineData("2026-12-30", 2, "2027-02-28")]
    [InlineData("2027-12-29", 2, "2028-02-29")]
    [InlineData("2026-11-30", 1, "2026-12-30")]
    public void Month_end_rule(string start, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CalendarMonths.After(DateOnly.Parse(start), months));
}
