using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Returns;

public sealed class ReturnAcceptanceTests
{
    /// <summary>Alpha struck off to a property enterprise, Beta to community trusteeship; submitted and ready for review.</summary>
    private static async Task<(ReturnScenario S, WeeklyReturn Submitted)> SubmittedWithStrikeOffsAsync(TestDatabase db)
    {
        var s = await ReturnScenario.CreateAsync(db);
        var draft = s.NewReturn();
        ReturnScenario.StrikeOff(draft.Rows.Single(r => r.EstateId == s.Alpha.Id), ManagementMode.PropertyEnterprise);
        ReturnScenario.StrikeOff(draft.Rows.Single(r => r.EstateId == s.Beta.Id), ManagementMode.CommunityTrusteeship, new DateOnly(2026, 11, 2));
        var stored = await s.CreateAsync(draft);
        return (s, await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Accept_locks_the_return_freezes_its_figures_and_strikes_the_estates_off_the_registry(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (s, submitted) = await SubmittedWithStrikeOffsAsync(db);

        var accepted = await s.AcceptAsync(submitted);

        Assert.Equal((ReturnStatus.Accepted, true, false, ReturnScenario.Reviewer.UserName),
            (accepted.Status, accepted.HasBeenAccepted, accepted.IsRestatement, accepted.ReviewedByName));
        Assert.NotEqual(submitted.Version, accepted.Version);

        var snapshot = Assert.Single(await db.Returns.ListSnapshotsAsync(submitted.Id));
        Assert.Equal((submitted.Id, s.Tree.SubDistrictA.Id, s.Tree.SubDistrictA.Name, ReturnScenario.Week, ReturnScenario.Reviewer.AtUtc),
            (snapshot.WeeklyReturnId, snapshot.SubDistrictId, snapshot.SubDistrictName, snapshot.WeekEnding, snapshot.AcceptedUtc));
        Assert.Equal((false, true, 2, 2, 0, (decimal?)100m, 1, 0, 280L),
            (snapshot.IsRestatement, snapshot.WasOnTime, snapshot.Baseline, snapshot.Covered, snapshot.Remaining,
             snapshot.PercentCleared, snapshot.NewlyCovered, snapshot.CommitteesFormed, snapshot.HouseholdsCovered));
        Assert.Equal(new[] { s.Alpha.Id, s.Beta.Id }.Order(), snapshot.CoveredEstateIds.Split(',').Select(long.Parse).Order());

        // 销号 reaches the registry: status by mode, the mode kept, the version moved.
        var alpha = (await db.Estates.GetByIdAsync(s.Alpha.Id))!;
        var beta = (await db.Estates.GetByIdAsync(s.Beta.Id))!;
        Assert.Equal((ManagementStatus.Professional, ManagementMode.PropertyEnterprise), (alpha.Status, alpha.Mode));
        Assert.Equal((ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship), (beta.Status, beta.Mode));
        Assert.NotEqual(s.Alpha.Version, alpha.Version);

        // Audited as estate changes by the reviewer, linked to the return.
        var trail = await db.Audit.ListForEntityAsync(EstateAudit.EntityType, s.Alpha.Id);
        var status = Assert.Single(trail, e => e.Field == nameof(Estate.Status));
        Assert.Equal((AuditActions.Update, "Unmanaged", "Professional", ReturnScenario.Reviewer.UserId, ReturnScenario.Reviewer.UserName),
            (status.Action, status.OldValue, status.NewValue, status.UserId, status.UserName));
        var mode = Assert.Single(trail, e => e.Field == nameof(Estate.Mode));
        Assert.Equal(("None", "PropertyEnterprise"), (mode.OldValue, mode.NewValue));
        var link = Assert.Single(trail, e => e.Action == "strike-off");
        Assert.Equal((nameof(EstateStrikeOff.WeeklyReturnId), submitted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (link.Field, link.NewValue));
        // And the return's own trail has the acceptance.
        Assert.Contains(await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, submitted.Id),
            e => e.Field == nameof(WeeklyReturn.Status) && e.NewValue == nameof(ReturnStatus.Accepted));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Accept_that_fails_part_way_writes_nothing_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (s, submitted) = await SubmittedWithStrikeOffsAsync(db);
        var (accepted, snapshot, strikeOffs, audit) = await s.PrepareAcceptanceAsync(submitted);
        // The real estates come first, so their registry updates have run when the missing one fails.
        strikeOffs.Add(new RegistryUpdate(long.MaxValue, ManagementStatus.Professional, ManagementMode.PropertyEnterprise, SixHaves.All, ReturnScenario.Week));
        var returnTrail = (await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, submitted.Id)).Count;

        await Assert.ThrowsAsync<ArgumentException>(() => db.Returns.AcceptAsync(accepted, snapshot, strikeOffs, audit));

        var read = (await db.Returns.GetByIdAsync(submitted.Id))!;
        Assert.Equal((ReturnStatus.Submitted, submitted.Version, false), (read.Status, read.Version, read.HasBeenAccepted));
        Assert.Empty(await db.Returns.ListSnapshotsAsync(submitted.Id));
        var alpha = (await db.Estates.GetByIdAsync(s.Alpha.Id))!;
        Assert.Equal((ManagementStatus.Unmanaged, ManagementMode.None, s.Alpha.Version), (alpha.Status, alpha.Mode, alpha.Version));
        Assert.Equal([AuditActions.Create], (await db.Audit.ListForEntityAsync(EstateAudit.EntityType, s.Alpha.Id)).Select(e => e.Action));
        Assert.Equal(returnTrail, (await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, submitted.Id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Accept_with_a_stale_version_conflicts_and_strikes_nothing_off(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (s, submitted) = await SubmittedWithStrikeOffsAsync(db);
        var (accepted, snapshot, strikeOffs, audit) = await s.PrepareAcceptanceAsync(submitted);
        await s.UpdateAsync(submitted, r => r.ProgressNarrative = "edited meanwhile");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Returns.AcceptAsync(accepted, snapshot, strikeOffs, audit));

        Assert.Equal(ReturnStatus.Submitted, (await db.Returns.GetByIdAsync(submitted.Id))!.Status);
        Assert.Empty(await db.Returns.ListSnapshotsAsync(submitted.Id));
        Assert.Equal(ManagementStatus.Unmanaged, (await db.Estates.GetByIdAsync(s.Beta.Id))!.Status);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_restatement_keeps_the_first_snapshot_and_the_newest_one_is_current(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var draft = s.NewReturn();
        ReturnScenario.StrikeOff(draft.Rows.Single(r => r.EstateId == s.Alpha.Id), ManagementMode.PropertyEnterprise);
        var stored = await s.CreateAsync(draft);
        var accepted = await s.AcceptAsync(await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer));

        // Reopened, Beta's strike-off added (a correction), resubmitted and accepted again a day later.
        var later = ReturnScenario.Reviewer with { AtUtc = ReturnScenario.Reviewer.AtUtc.AddDays(1) };
        var reopened = await s.MoveAsync(accepted, ReturnAction.Reopen, Role.BureauReviewer, ReturnScenario.Reviewer, "Beta was missed");
        var corrected = await s.UpdateAsync(reopened, r =>
            ReturnScenario.StrikeOff(r.Rows.Single(row => row.EstateId == s.Beta.Id), ManagementMode.SubDistrictPackage));
        var restated = await s.AcceptAsync(await s.MoveAsync(corrected, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer), later);

        Assert.True(restated.IsRestatement);
        var snapshots = await db.Returns.ListSnapshotsAsync(stored.Id);
        Assert.Equal([(false, 1, (decimal?)50m), (true, 2, (decimal?)100m)],
            snapshots.Select(x => (x.IsRestatement, x.Covered, x.PercentCleared)));
        var current = Assert.Single(await db.Returns.ListCurrentSnapshotsAsync(s.Tree.District.Path, ReturnScenario.Week, ReturnScenario.Week));
        Assert.Equal((snapshots[1].Id, true, 2, later.AtUtc), (current.Id, current.IsRestatement, current.Covered, current.AcceptedUtc));
        // Alpha was struck off the first time; accepting it again changes nothing and audits nothing more.
        Assert.Single(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, s.Alpha.Id), e => e.Action == "strike-off");
        Assert.Equal(ManagementStatus.Professional, (await db.Estates.GetByIdAsync(s.Beta.Id))!.Status);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_restatement_withdrawing_a_strike_off_puts_the_estate_back_as_the_trail_had_it(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (s, submitted) = await SubmittedWithStrikeOffsAsync(db);
        var accepted = await s.AcceptAsync(submitted);

        // Reopened; Beta's strike-off was wrong. The withdrawal is what Core reads from Beta's trail.
        var later = ReturnScenario.Reviewer with { AtUtc = ReturnScenario.Reviewer.AtUtc.AddDays(1) };
        var reopened = await s.MoveAsync(accepted, ReturnAction.Reopen, Role.BureauReviewer, ReturnScenario.Reviewer, "Beta was not struck off");
        var corrected = await s.UpdateAsync(reopened, r =>
        {
            var beta = r.Rows.Single(row => row.EstateId == s.Beta.Id);
            (beta.IsStruckOff, beta.StruckOffDate) = (false, null);
        });
        var resubmitted = await s.MoveAsync(corrected, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        var beta = (await db.Estates.GetByIdAsync(s.Beta.Id))!;
        var withdrawal = StrikeOffWithdrawal.For(beta, resubmitted.Id, await db.Audit.ListForEntityAsync(EstateAudit.EntityType, beta.Id));
        Assert.Equal(new EstateStrikeOff(beta.Id, ManagementMode.None, resubmitted.Id, ManagementStatus.Unmanaged), withdrawal);
        var (restated, snapshot, registry, audit) = await s.PrepareAcceptanceAsync(resubmitted, later, [withdrawal!]);

        await db.Returns.AcceptAsync(restated, snapshot, registry, audit);

        var after = (await db.Estates.GetByIdAsync(s.Beta.Id))!;
        Assert.Equal((ManagementStatus.Unmanaged, ManagementMode.None), (after.Status, after.Mode));
        Assert.NotEqual(beta.Version, after.Version);
        var trail = await db.Audit.ListForEntityAsync(EstateAudit.EntityType, s.Beta.Id);
        var withdrawn = Assert.Single(trail, e => e.Action == AuditActions.StrikeOffWithdrawn);
        Assert.Equal((restated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), later.UserName, later.AtUtc),
            (withdrawn.NewValue, withdrawn.UserName, withdrawn.AtUtc));
        Assert.Contains(trail, e => e.Field == nameof(Estate.Status) && e.NewValue == "Unmanaged" && e.AtUtc == later.AtUtc);
        // Alpha's strike-off stands, and withdrawing again finds nothing of this return's to undo.
        Assert.Equal(ManagementStatus.Professional, (await db.Estates.GetByIdAsync(s.Alpha.Id))!.Status);
        Assert.Null(StrikeOffWithdrawal.For(after, restated.Id, trail));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Current_snapshots_are_one_per_sub_district_and_week_under_the_scope(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var onB = await TestTree.AddEstateAsync(db, s.Tree.CommunityB1, "B Estate");
        async Task AcceptAsync(WeeklyReturn draft)
        {
            var stored = await s.CreateAsync(draft);
            await s.AcceptAsync(await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer));
        }
        var previous = ReturnScenario.Week.AddDays(-7);
        await AcceptAsync(s.NewReturn(previous));
        await AcceptAsync(s.NewReturn());
        await AcceptAsync(new WeeklyReturn { SubDistrictId = s.Tree.SubDistrictB.Id, WeekEnding = ReturnScenario.Week, Rows = [ReturnScenario.Row(onB)] });
        await s.CreateAsync(s.NewReturn(ReturnScenario.Week.AddDays(7)));

        var district = await db.Returns.ListCurrentSnapshotsAsync(s.Tree.District.Path, previous, ReturnScenario.Week.AddDays(7));
        var onlyA = await db.Returns.ListCurrentSnapshotsAsync(s.Tree.SubDistrictA.Path, previous, ReturnScenario.Week.AddDays(7));
        var oneWeek = await db.Returns.ListCurrentSnapshotsAsync(s.Tree.District.Path, ReturnScenario.Week, ReturnScenario.Week);

        Assert.Equal(3, district.Count);
        Assert.Equal(previous, district[0].WeekEnding);
        Assert.Equal([(s.Tree.SubDistrictA.Id, previous), (s.Tree.SubDistrictA.Id, ReturnScenario.Week)],
            onlyA.Select(x => (x.SubDistrictId, x.WeekEnding)));
        Assert.Equal([s.Tree.SubDistrictA.Id, s.Tree.SubDistrictB.Id], oneWeek.Select(x => x.SubDistrictId).Order());
        Assert.Empty(await db.Returns.ListCurrentSnapshotsAsync(s.Tree.CommunityA1.Path, previous, ReturnScenario.Week));
    }
}
