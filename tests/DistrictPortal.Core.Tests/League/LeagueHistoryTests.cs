using DistrictPortal.Core.League;

namespace DistrictPortal.Core.Tests.League;

/// <summary>The history picks a week's standing as the league's rule says: the newest week on or before it, then its newest acceptance.</summary>
public sealed class LeagueHistoryTests
{
    private static readonly DateOnly Week = new(2026, 11, 20);

    private static LeagueStanding SubDistrict(long id, string name, int sortOrder, int openOrders = 0) =>
        new() { SubDistrictId = id, SubDistrictName = name, SortOrder = sortOrder, AsOfWeek = Week, OpenSupervisionOrders = openOrders };

    private static SnapshotHeadline Snapshot(long id, long subDistrictId, DateOnly week, int acceptedHour, int covered) => new()
    {
        Id = id, WeeklyReturnId = 100 + id, SubDistrictId = subDistrictId, WeekEnding = week,
        AcceptedUtc = new DateTime(2026, 11, 21, acceptedHour, 0, 0, DateTimeKind.Utc), Covered = covered, Baseline = 10,
        PercentCleared = covered * 10m, IsRestatement = id == 3,
    };

    private static readonly LeagueHistory History = new(
        [SubDistrict(1, "牌楼街道", 1), SubDistrict(2, "太平街道", 2, openOrders: 1)],
        // Given out of order: the history orders them itself. Snapshot 3 restates week −7 an hour after snapshot 2;
        // snapshot 9 belongs to a sub-district the history does not hold.
        [Snapshot(3, 1, Week.AddDays(-7), 3, covered: 5), Snapshot(1, 1, Week.AddDays(-14), 1, covered: 2),
         Snapshot(2, 1, Week.AddDays(-7), 2, covered: 4), Snapshot(9, 7, Week, 1, covered: 9)],
        [new LeagueSubmission { SubDistrictId = 1, WeekEnding = Week }, new LeagueSubmission { SubDistrictId = 1, WeekEnding = Week.AddDays(-7), WasSentBack = true }]);

    [Fact]
    public void A_week_without_its_own_snapshot_carries_the_newest_acceptance_of_the_newest_week_before_it()
    {
        var standings = History.StandingsFor(Week, Week.AddDays(-7));

        Assert.Equal([(1L, Week), (2L, Week), (1L, Week.AddDays(-7)), (2L, Week.AddDays(-7))], standings.Select(s => (s.SubDistrictId, s.AsOfWeek)));
        var now = standings[0];
        Assert.Equal(((long?)3, 5, true, true, (DateOnly?)Week.AddDays(-7)), (now.SnapshotId, now.Covered, now.IsRestatement, now.IsCarriedForward, now.SnapshotWeekEnding));
        Assert.Equal(((long?)3, false), (standings[2].SnapshotId, standings[2].IsCarriedForward));
        // Never accepted: shown with no snapshot, its open orders kept; a snapshot of a sub-district not in the history is not read.
        Assert.All(standings.Where(s => s.SubDistrictId == 2), s => Assert.Equal((false, 0, 1), (s.HasSnapshot, s.Covered, s.OpenSupervisionOrders)));
    }

    [Fact]
    public void Before_the_first_snapshot_there_is_none_and_on_its_week_it_is_the_one()
    {
        Assert.False(History.StandingsFor(Week.AddDays(-21), Week.AddDays(-28))[0].HasSnapshot);
        Assert.Equal((long?)1, History.StandingsFor(Week.AddDays(-14), Week.AddDays(-21))[0].SnapshotId);
    }

    [Fact]
    public void A_sub_districts_submissions_come_oldest_first()
    {
        Assert.Equal([Week.AddDays(-7), Week], History.SubmissionsOf(1).Select(s => s.WeekEnding));
        Assert.Empty(History.SubmissionsOf(2));
        Assert.Equal([Week], History.SubmissionsOf(1, Week, Week).Select(s => s.WeekEnding));
        Assert.Equal([Week.AddDays(-7), Week], History.SubmissionsOf(1, Week.AddDays(-30), Week.AddDays(3)).Select(s => s.WeekEnding));
        Assert.Equal(0, History.SubmissionsOf(1, Week.AddDays(-14), Week.AddDays(-8)).Count);
        Assert.Equal(0, History.SubmissionsOf(2, Week, Week).Count);
        Assert.Equal(Week.AddDays(-14), History.EarliestWeek);
    }
}
