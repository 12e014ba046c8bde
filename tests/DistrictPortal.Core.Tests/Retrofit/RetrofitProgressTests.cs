using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Core.Tests.Retrofit;

public class RetrofitProgressTests
{
    private static readonly TargetPeriod Y2026 = TargetPeriod.CalendarYear(2026);

    [Fact]
    public void Ahead_of_pace_on_31_March()
    {
        // 250,000 m² in the first 90 days of 365: 250,000 ÷ 90 × 365 = 1,013,888.89 ≥ 1,000,000.
        var p = RetrofitProgress.Compute(4, Y2026, 1_000_000m, 250_000m, 80_000m, new DateOnly(2026, 3, 31));
        Assert.Equal(25.0m, p.PercentOfTarget);
        Assert.Equal(1_013_888.89m, p.ProjectedArea);
        Assert.False(p.IsBehindPace);
        Assert.Equal(80_000m, p.InWorksArea);
        Assert.Equal(750_000m, p.Shortfall);
    }

    [Fact]
    public void Behind_pace_ten_days_later_with_nothing_more_accepted()
    {
        // Day 100: 250,000 ÷ 100 × 365 = 912,500 < 1,000,000.
        var p = RetrofitProgress.Compute(4, Y2026, 1_000_000m, 250_000m, 0m, new DateOnly(2026, 4, 10));
        Assert.Equal(912_500m, p.ProjectedArea);
        Assert.True(p.IsBehindPace);
    }

    [Fact]
    public void Exactly_on_pace_is_not_flagged()
    {
        var p = RetrofitProgress.Compute(4, Y2026, 365_000m, 1_000m, 0m, new DateOnly(2026, 1, 1));
        Assert.Equal(365_000m, p.ProjectedArea);
        Assert.False(p.IsBehindPace);
    }

    [Fact]
    public void A_leap_year_projects_over_366_days()
    {
        var p = RetrofitProgress.Compute(4, TargetPeriod.CalendarYear(2028), 1_000_000m, 1_000m, 0m, new DateOnly(2028, 1, 1));
        Assert.Equal(366_000m, p.ProjectedArea);
    }

    [Fact]
    public void Before_the_year_there_is_no_projection_and_after_it_the_projection_is_what_was_accepted()
    {
        var before = RetrofitProgress.Compute(4, Y2026, 1_000_000m, 0m, 0m, new DateOnly(2025, 12, 31));
        Assert.Null(before.ProjectedArea);
        Assert.False(before.IsBehindPace);

        var after = RetrofitProgress.Compute(4, Y2026, 1_000_000m, 999_999.99m, 0m, new DateOnly(2027, 3, 1));
        Assert.Equal(999_999.99m, after.ProjectedArea);
        Assert.True(after.IsBehindPace);
        Assert.Equal(100.0m, after.PercentOfTarget); // 99.999999% shows as 100.0 but is still short
    }

    [Fact]
    public void No_target_has_no_percentage()
    {
        Assert.Null(RetrofitProgress.Compute(4, Y2026, 0m, 10m, 0m, new DateOnly(2026, 6, 1)).PercentOfTarget);
    }

    [Fact]
    public void Only_works_accepted_in_the_period_by_the_day_count_and_the_rest_are_in_works()
    {
        var asOf = new DateOnly(2026, 6, 30);
        RetrofitProject P(decimal area, string? started, string? accepted) => new()
        {
            Area = area,
            StartedDate = started is null ? null : DateOnly.Parse(started),
            AcceptedDate = accepted is null ? null : DateOnly.Parse(accepted),
        };
        var projects = new[]
        {
            P(1000m, "2025-09-01", "2025-12-20"), // accepted last year: not this year's progress
            P(2000m, "2026-01-10", "2026-03-01"),
            P(3000m, "2026-02-01", "2026-06-30"), // accepted on the day
            P(4000m, "2026-03-01", "2026-07-01"), // accepted after the day: still in works on it
            P(5000m, "2026-07-15", null),         // not started yet on the day
            P(6000m, null, null),
        };
        var p = RetrofitTally.Progress(4, Y2026, 100_000m, projects, asOf);
        Assert.Equal(5000m, p.AcceptedArea);
        Assert.Equal(4000m, p.InWorksArea);
    }
}
