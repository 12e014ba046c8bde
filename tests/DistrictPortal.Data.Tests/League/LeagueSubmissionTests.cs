using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;
using DistrictPortal.Data.Tests.Returns;

namespace DistrictPortal.Data.Tests.League;

/// <summary>
/// The league's narrow read of the returns (first submission, sent back) says what the full return list says, for the
/// scope and weeks asked and nothing else: the league judges on-time rates from it alone.
/// </summary>
public sealed class LeagueSubmissionTests
{
    private static readonly DateOnly Previous = ReturnScenario.Week.AddDays(-7);
    private static readonly DateOnly TwoBack = ReturnScenario.Week.AddDays(-14);

    [DatabaseTheory, DatabaseData]
    public async Task Each_return_of_the_scope_and_weeks_comes_with_its_first_submission_and_sent_back_flag(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        // Two weeks back: submitted, outside the weeks asked. Last week: submitted (with a fraction of a second) and
        // accepted. This week: submitted, sent back, submitted again (the first time stays). Sub-district B: nothing.
        await s.MoveAsync(await s.CreateAsync(s.NewReturn(TwoBack)), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        var firstTime = new DateTime(2026, 11, 13, 8, 59, 59, DateTimeKind.Utc).AddTicks(1_234_567);
        var last = await s.MoveAsync(await s.CreateAsync(s.NewReturn(Previous)), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer with { AtUtc = firstTime });
        await s.AcceptAsync(last);
        var current = await s.MoveAsync(await s.CreateAsync(s.NewReturn()), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        var sentBack = await s.MoveAsync(current, ReturnAction.SendBack, Role.BureauReviewer, ReturnScenario.Reviewer, "补充材料");
        await s.MoveAsync(sentBack, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer with { AtUtc = ReturnScenario.Reviewer.AtUtc.AddHours(1) });

        var submissions = await db.League.ReadSubmissionsAsync(s.Tree.District.Path, Previous, ReturnScenario.Week);

        Assert.Equal(
            [(s.Tree.SubDistrictA.Id, Previous, (DateTime?)firstTime, false),
             (s.Tree.SubDistrictA.Id, ReturnScenario.Week, (DateTime?)ReturnScenario.Officer.AtUtc, true)],
            submissions.OrderBy(x => x.WeekEnding).Select(x => (x.SubDistrictId, x.WeekEnding, x.FirstSubmittedUtc, x.WasSentBack)));
        Assert.All(submissions, x => Assert.Equal(DateTimeKind.Utc, x.FirstSubmittedUtc!.Value.Kind));
        // The same facts as the full list, week for week.
        var summaries = await db.Returns.ListAsync(s.Tree.District.Path, Previous, ReturnScenario.Week);
        Assert.Equal(
            summaries.OrderBy(x => x.WeekEnding).Select(x => (x.SubDistrictId, x.WeekEnding, x.FirstSubmittedUtc, x.WasSentBack)),
            submissions.OrderBy(x => x.WeekEnding).Select(x => (x.SubDistrictId, x.WeekEnding, x.FirstSubmittedUtc, x.WasSentBack)));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_scope_reads_only_its_own_sub_districts_and_an_empty_scope_reads_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        await s.MoveAsync(await s.CreateAsync(s.NewReturn()), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);

        Assert.Single(await db.League.ReadSubmissionsAsync(s.Tree.SubDistrictA.Path, ReturnScenario.Week, ReturnScenario.Week));
        Assert.Empty(await db.League.ReadSubmissionsAsync(s.Tree.SubDistrictB.Path, ReturnScenario.Week, ReturnScenario.Week));
        Assert.Empty(await db.League.ReadSubmissionsAsync("", ReturnScenario.Week, ReturnScenario.Week));
    }
}
