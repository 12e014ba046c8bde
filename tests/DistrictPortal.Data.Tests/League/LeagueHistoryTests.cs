using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;
using DistrictPortal.Data.Tests.Returns;

namespace DistrictPortal.Data.Tests.League;

/// <summary>
/// A district's history (every snapshot's headline, every first submission) picks any week's standings exactly as the
/// database's standing read does: the league builds every week's table from the history, so the two may never differ.
/// </summary>
public sealed class LeagueHistoryTests
{
    private static readonly DateOnly Week = ReturnScenario.Week;
    private static readonly DateOnly Previous = Week.AddDays(-7);

    [DatabaseTheory, DatabaseData]
    public async Task Every_weeks_standings_from_the_history_are_the_standings_the_database_reads(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        // Two weeks back accepted; last week accepted, reopened with Alpha struck off and accepted again (a restatement,
        // so two snapshots of one week); this week not accepted (carried forward); sub-district B never accepted; an
        // open 督办 on B.
        await AcceptedAsync(s, Week.AddDays(-14), new DateTime(2026, 11, 7, 2, 0, 0, DateTimeKind.Utc));
        var accepted = await AcceptedAsync(s, Previous, new DateTime(2026, 11, 14, 2, 0, 0, DateTimeKind.Utc));
        var reopened = await s.MoveAsync(accepted, ReturnAction.Reopen, Role.BureauReviewer, ReturnScenario.Reviewer, "Alpha was missed");
        var corrected = await s.UpdateAsync(reopened, r =>
            ReturnScenario.StrikeOff(r.Rows.Single(row => row.EstateId == s.Alpha.Id), ManagementMode.PropertyEnterprise, Previous.AddDays(-1)));
        await s.AcceptAsync(await s.MoveAsync(corrected, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer),
            ReturnScenario.Reviewer with { AtUtc = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc) });
        await s.MoveAsync(await s.CreateAsync(s.NewReturn()), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        await db.SupervisionOrders.RaiseOnceAsync(new SupervisionOrder { SubDistrictId = s.Tree.SubDistrictB.Id, WeekEnding = Previous, Reason = "未报" },
            TestDatabase.Context());

        var scope = s.Tree.District.Path;
        var history = new LeagueHistory(
            (await db.League.ReadStandingsAsync(scope, Week, Previous)).Where(x => x.AsOfWeek == Week).ToList(),
            await db.League.ReadSnapshotHeadlinesAsync(scope),
            await db.League.ReadSubmissionsAsync(scope, DateOnly.MinValue, DateOnly.MaxValue));

        foreach (var week in Enumerable.Range(-3, 5).Select(i => Week.AddDays(7 * i)))
        {
            var read = await db.League.ReadStandingsAsync(scope, week, week.AddDays(-7));
            var picked = history.StandingsFor(week, week.AddDays(-7));
            Assert.Equal(read.Select(Fields), picked.Select(Fields));
        }
        Assert.Equal(
            (await db.League.ReadSubmissionsAsync(scope, Previous, Week)).OrderBy(x => x.WeekEnding).Select(x => (x.SubDistrictId, x.WeekEnding, x.FirstSubmittedUtc, x.WasSentBack)),
            new[] { s.Tree.SubDistrictA.Id, s.Tree.SubDistrictB.Id }.SelectMany(history.SubmissionsOf)
                .Where(x => x.WeekEnding >= Previous && x.WeekEnding <= Week).OrderBy(x => x.WeekEnding).Select(x => (x.SubDistrictId, x.WeekEnding, x.FirstSubmittedUtc, x.WasSentBack)));
        // The restated week stands on its second acceptance; the unaccepted week carries it forward.
        var now = history.StandingsFor(Week, Previous).First(x => x.SubDistrictId == s.Tree.SubDistrictA.Id);
        Assert.Equal((true, true, (DateOnly?)Previous, 1), (now.IsCarriedForward, now.IsRestatement, now.SnapshotWeekEnding, now.Covered));
    }

    private static string Fields(LeagueStanding x) => string.Join("|",
        x.SubDistrictId, x.SubDistrictName, x.SortOrder, x.AsOfWeek, x.SnapshotId, x.WeeklyReturnId, x.SnapshotWeekEnding,
        x.IsRestatement, x.WasOnTime, x.Baseline, x.Covered, x.Remaining, x.PercentCleared, x.NewlyCovered, x.CommitteesFormed,
        x.OpenSupervisionOrders);

    private static async Task<WeeklyReturn> AcceptedAsync(ReturnScenario s, DateOnly week, DateTime acceptedUtc)
    {
        var stored = await s.CreateAsync(s.NewReturn(week));
        var submitted = await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        return await s.AcceptAsync(submitted, ReturnScenario.Reviewer with { AtUtc = acceptedUtc });
    }
}
