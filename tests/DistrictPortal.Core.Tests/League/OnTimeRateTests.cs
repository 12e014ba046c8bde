using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.League;

namespace DistrictPortal.Core.Tests.League;

public class OnTimeRateTests
{
    private static readonly DateOnly Last = new(2026, 11, 27);
    private static readonly DateOnly LongAgo = new(2025, 1, 3);

    private static Dictionary<DateOnly, Timeliness> Weeks(params Timeliness[] newestFirst) =>
        newestFirst.Select((t, i) => (Week: Last.AddDays(-7 * i), t)).ToDictionary(x => x.Week, x => x.t);

    [Fact]
    public void Twelve_of_thirteen_on_time_is_92_3()
    {
        var weeks = Weeks([Timeliness.Late, .. Enumerable.Repeat(Timeliness.OnTime, 12)]);
        Assert.Equal(92.3m, OnTimeRate.Compute(weeks, Last, LongAgo));
    }

    [Fact]
    public void A_week_with_nothing_filed_counts_as_not_on_time()
    {
        var weeks = Weeks(Enumerable.Repeat(Timeliness.OnTime, 12).ToArray()); // the 13th week back is missing
        Assert.Equal(92.3m, OnTimeRate.Compute(weeks, Last, LongAgo));
    }

    [Fact]
    public void Weeks_before_the_campaign_and_weeks_not_yet_due_do_not_count()
    {
        var weeks = Weeks(Timeliness.NotYetDue, Timeliness.OnTime, Timeliness.Late, Timeliness.OnTime);
        // Campaign began with the week ending 6 Nov: three weeks count (13, 20 Nov and 6 Nov), two on time.
        Assert.Equal(66.7m, OnTimeRate.Compute(weeks, Last, new DateOnly(2026, 11, 6)));
        Assert.Null(OnTimeRate.Compute(Weeks(Timeliness.NotYetDue), Last, Last));
    }

    [Fact]
    public void Only_the_last_N_weeks_count()
    {
        var weeks = Weeks(Timeliness.OnTime, Timeliness.OnTime, Timeliness.Late, Timeliness.Late);
        Assert.Equal(100.0m, OnTimeRate.Compute(weeks, Last, LongAgo, weeks: 2));
        Assert.Equal(50.0m, OnTimeRate.Compute(weeks, Last, LongAgo, weeks: 4));
    }
}
