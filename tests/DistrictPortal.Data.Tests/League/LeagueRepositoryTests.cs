using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;
using DistrictPortal.Data.Tests.Returns;

namespace DistrictPortal.Data.Tests.League;

/// <summary>The league reads frozen snapshots only: the newest on or before each week asked, per sub-district of the scope.</summary>
public sealed class LeagueRepositoryTests
{
    private static readonly DateOnly Previous = ReturnScenario.Week.AddDays(-7);

    /// <summary>Sub-district A's return for <paramref name="week"/>, Alpha struck off when <paramref name="strikeAlpha"/>, submitted and accepted.</summary>
    private static async Task<WeeklyReturn> AcceptedAsync(ReturnScenario s, DateOnly week, bool strikeAlpha, DateTime acceptedUtc)
    {
        var draft = s.NewReturn(week);
        if (strikeAlpha)
            ReturnScenario.StrikeOff(draft.Rows.Single(r => r.EstateId == s.Alpha.Id), ManagementMode.PropertyEnterprise, week.AddDays(-2));
        var stored = await s.CreateAsync(draft);
        var submitted = await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        return await s.AcceptAsync(submitted, ReturnScenario.Reviewer with { AtUtc = acceptedUtc });
    }

    [DatabaseTheory, DatabaseData]
    public async Task Each_sub_district_appears_for_both_weeks_with_the_snapshot_of_that_week(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var first = await AcceptedAsync(s, Previous, strikeAlpha: false, new DateTime(2026, 11, 14, 2, 0, 0, DateTimeKind.Utc));
        var second = await AcceptedAsync(s, ReturnScenario.Week, strikeAlpha: true, new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc));

        var standings = await db.League.ReadStandingsAsync(s.Tree.District.Path, ReturnScenario.Week, Previous);

        // Newest week first, then hierarchy order; B has never had a return accepted: no snapshot, figures zero.
        Assert.Equal(
            [(s.Tree.SubDistrictA.Id, ReturnScenario.Week), (s.Tree.SubDistrictB.Id, ReturnScenario.Week),
             (s.Tree.SubDistrictA.Id, Previous), (s.Tree.SubDistrictB.Id, Previous)],
            standings.Select(x => (x.SubDistrictId, x.AsOfWeek)));
        var now = standings[0];
        Assert.Equal((second.Id, (DateOnly?)ReturnScenario.Week, 2, 1, 1, (decimal?)50m, 1, false),
            (now.WeeklyReturnId, now.SnapshotWeekEnding, now.Baseline, now.Covered, now.Remaining, now.PercentCleared, now.NewlyCovered, now.IsCarriedForward));
        Assert.Equal(s.Tree.SubDistrictA.Name, now.SubDistrictName);
        var before = standings[2];
        Assert.Equal((first.Id, 0, (decimal?)0m), (before.WeeklyReturnId, before.Covered, before.PercentCleared));
        var never = standings[1];
        Assert.Equal((false, null, null, 0, 0), (never.HasSnapshot, never.WeeklyReturnId, never.PercentCleared, never.Baseline, never.OpenSupervisionOrders));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_week_not_yet_accepted_carries_the_last_frozen_figures_and_a_restatement_replaces_the_original(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var accepted = await AcceptedAsync(s, Previous, strikeAlpha: false, new DateTime(2026, 11, 14, 2, 0, 0, DateTimeKind.Utc));

        var carried = (await db.League.ReadStandingsAsync(s.Tree.District.Path, ReturnScenario.Week, Previous))
            .Single(x => x.SubDistrictId == s.Tree.SubDistrictA.Id && x.AsOfWeek == ReturnScenario.Week);
        Assert.Equal((true, (DateOnly?)Previous, (decimal?)0m), (carried.IsCarriedForward, carried.SnapshotWeekEnding, carried.PercentCleared));

        // Reopened, Alpha struck off, accepted again later: the restatement is the week's figure from then on.
        var reopened = await s.MoveAsync(accepted, ReturnAction.Reopen, Role.BureauReviewer, ReturnScenario.Reviewer, "Alpha was missed");
        var corrected = await s.UpdateAsync(reopened, r =>
            ReturnScenario.StrikeOff(r.Rows.Single(row => row.EstateId == s.Alpha.Id), ManagementMode.PropertyEnterprise, Previous.AddDays(-1)));
        await s.AcceptAsync(await s.MoveAsync(corrected, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer),
            ReturnScenario.Reviewer with { AtUtc = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc) });

        var restated = (await db.League.ReadStandingsAsync(s.Tree.District.Path, ReturnScenario.Week, Previous))
            .Where(x => x.SubDistrictId == s.Tree.SubDistrictA.Id).ToList();
        Assert.All(restated, x => Assert.Equal((true, 1, (decimal?)50m), (x.IsRestatement, x.Covered, x.PercentCleared)));
        Assert.Equal(2, (await db.Returns.ListSnapshotsAsync(accepted.Id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Only_the_scope_is_read_and_only_open_supervision_orders_are_counted(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var other = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        await db.SupervisionOrders.RaiseOnceAsync(new SupervisionOrder { SubDistrictId = s.Tree.SubDistrictB.Id, WeekEnding = Previous, Reason = "未报" }, context);
        var closed = new SupervisionOrder { SubDistrictId = s.Tree.SubDistrictB.Id, WeekEnding = ReturnScenario.Week, Reason = "迟报" };
        await db.SupervisionOrders.RaiseOnceAsync(closed, context);
        var stored = (await db.SupervisionOrders.GetByIdAsync(closed.Id))!;
        await db.SupervisionOrders.CloseAsync(closed.Id, "已整改", stored.Version, context);

        var standings = await db.League.ReadStandingsAsync(s.Tree.District.Path, ReturnScenario.Week, Previous);

        Assert.DoesNotContain(standings, x => x.SubDistrictId == other.SubDistrictA.Id || x.SubDistrictId == other.SubDistrictB.Id);
        Assert.All(standings.Where(x => x.SubDistrictId == s.Tree.SubDistrictB.Id), x => Assert.Equal(1, x.OpenSupervisionOrders));
        Assert.All(standings.Where(x => x.SubDistrictId == s.Tree.SubDistrictA.Id), x => Assert.Equal(0, x.OpenSupervisionOrders));
        // A sub-district's own scope reads itself only; an empty scope reads nothing.
        Assert.All(await db.League.ReadStandingsAsync(s.Tree.SubDistrictA.Path, ReturnScenario.Week, Previous),
            x => Assert.Equal(s.Tree.SubDistrictA.Id, x.SubDistrictId));
        Assert.Empty(await db.League.ReadStandingsAsync("", ReturnScenario.Week, Previous));
    }

    [DatabaseTheory, DatabaseData]
    public async Task The_rows_behind_a_return_come_with_their_communities_in_hierarchy_order(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var accepted = await AcceptedAsync(s, ReturnScenario.Week, strikeAlpha: true, new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc));

        var rows = await db.League.ReadEstatesAsync(accepted.Id);

        // Alpha is in A1, Beta in A2: community order, not name order of the estates alone.
        Assert.Equal(
            [(s.Alpha.Id, "Alpha Garden", 200, s.Tree.CommunityA1.Id, "Community A1", true, (DateOnly?)ReturnScenario.Week.AddDays(-2)),
             (s.Beta.Id, "Beta Court", 80, s.Tree.CommunityA2.Id, "Community A2", false, null)],
            rows.Select(r => (r.EstateId, r.EstateName, r.Households, r.CommunityId, r.CommunityName, r.IsStruckOff, r.StruckOffDate)));
        Assert.All(rows, r => Assert.Equal(accepted.Id, r.WeeklyReturnId));
        Assert.Empty(await db.League.ReadEstatesAsync(accepted.Id + 1000));
    }
}
