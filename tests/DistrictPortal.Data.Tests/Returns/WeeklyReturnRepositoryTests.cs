using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Returns;

public sealed class WeeklyReturnRepositoryTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Create_stores_every_field_and_reads_rows_by_estate_name_with_the_sub_districts_name(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var written = s.NewReturn();
        written.ProgressNarrative = "本周进展: two consultations";
        written.ProblemsNarrative = "存在问题";
        written.NextWeekPlan = "下周计划";
        written.Rows[0] = ReturnScenario.Row(s.Beta, r =>
        {
            r.Households = 81;
            r.Mode = ManagementMode.CommitteeSelfManaged;
            r.SixHaves = SixHaves.Organisation | SixHaves.Parking;
            r.ConsultationDate = new DateOnly(2026, 10, 1);
            r.OwnersMeetingDate = new DateOnly(2026, 10, 20);
            r.CommitteeElectedDate = new DateOnly(2026, 11, 2);
            r.ContractSignedDate = new DateOnly(2026, 11, 16);
            r.Blockers = "困难问题";
            r.HelpAsked = "需区级协调";
            r.ReviewReason = "check households";
        });

        var id = await db.Returns.CreateAsync(written, ReturnScenario.Officer);
        var byId = (await db.Returns.GetByIdAsync(id))!;
        var byWeek = (await db.Returns.GetAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week))!;

        Assert.Equal((id, s.Tree.SubDistrictA.Id, s.Tree.SubDistrictA.Name, ReturnScenario.Week, ReturnStatus.Draft),
            (byId.Id, byId.SubDistrictId, byId.SubDistrictName, byId.WeekEnding, byId.Status));
        Assert.Equal(("本周进展: two consultations", "存在问题", "下周计划"), (byId.ProgressNarrative, byId.ProblemsNarrative, byId.NextWeekPlan));
        Assert.Equal((false, false, (DateTime?)null), (byId.HasBeenAccepted, byId.IsRestatement, byId.FirstSubmittedUtc));
        Assert.True(byId.Version > 0);
        Assert.Equal(["Alpha Garden", "Beta Court"], byId.Rows.Select(r => r.EstateName));
        var beta = byId.Rows[1];
        Assert.Equal((id, s.Beta.Id, 81, ManagementMode.CommitteeSelfManaged, SixHaves.Organisation | SixHaves.Parking),
            (beta.WeeklyReturnId, beta.EstateId, beta.Households, beta.Mode, beta.SixHaves));
        Assert.Equal(
            ((DateOnly?)new DateOnly(2026, 10, 1), (DateOnly?)new DateOnly(2026, 10, 20), (DateOnly?)new DateOnly(2026, 11, 2), (DateOnly?)new DateOnly(2026, 11, 16)),
            (beta.ConsultationDate, beta.OwnersMeetingDate, beta.CommitteeElectedDate, beta.ContractSignedDate));
        Assert.Equal((false, (DateOnly?)null, "困难问题", "需区级协调", "check households"),
            (beta.IsStruckOff, beta.StruckOffDate, beta.Blockers, beta.HelpAsked, beta.ReviewReason));
        Assert.Equal(byId.Id, byWeek.Id);
        Assert.Equal(2, byWeek.Rows.Count);
        Assert.Null(await db.Returns.GetAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week.AddDays(7)));
        Assert.Null(await db.Returns.GetAsync(s.Tree.SubDistrictB.Id, ReturnScenario.Week));
        var created = Assert.Single(await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, id));
        Assert.Equal((AuditActions.Create, "2026-11-20", "街道 officer"), (created.Action, created.NewValue, created.UserName));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_second_return_for_the_same_week_is_refused_and_the_first_is_untouched(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var first = await s.CreateAsync(s.NewReturn());
        var second = s.NewReturn();
        second.Rows = [ReturnScenario.Row(s.Alpha)];

        var duplicate = await Assert.ThrowsAsync<DuplicateNameException>(() => db.Returns.CreateAsync(second, ReturnScenario.Officer));

        Assert.Equal(nameof(WeeklyReturn.WeekEnding), duplicate.Field);
        var stored = (await db.Returns.GetAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week))!;
        Assert.Equal((first.Id, 2), (stored.Id, stored.Rows.Count));
        // Another week, or another sub-district's same week, is fine.
        await db.Returns.CreateAsync(s.NewReturn(ReturnScenario.Week.AddDays(7)), ReturnScenario.Officer);
        await db.Returns.CreateAsync(new WeeklyReturn { SubDistrictId = s.Tree.SubDistrictB.Id, WeekEnding = ReturnScenario.Week }, ReturnScenario.Officer);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Create_refuses_an_unknown_node_or_an_unknown_estate_and_writes_nothing(string database)
    {
        // That the node is a sub-district is Core's rule (ReturnFiler, tested in Core); the store keeps the keys.
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var onCommunity = s.NewReturn();
        onCommunity.SubDistrictId = long.MaxValue;
        var unknownEstate = s.NewReturn();
        unknownEstate.Rows.Add(new ReturnRow { EstateId = s.Tree.CommunityA1.Id, EstateName = "not an estate", Households = 1 });
        var twice = s.NewReturn();
        twice.Rows.Add(ReturnScenario.Row(s.Alpha));

        await Assert.ThrowsAsync<ArgumentException>(() => db.Returns.CreateAsync(onCommunity, ReturnScenario.Officer));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Returns.CreateAsync(unknownEstate, ReturnScenario.Officer));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Returns.CreateAsync(twice, ReturnScenario.Officer));

        Assert.Null(await db.Returns.GetAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week));
        Assert.Empty(await db.Returns.ListAsync(s.Tree.District.Path, ReturnScenario.Week.AddDays(-70), ReturnScenario.Week.AddDays(70)));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_replaces_the_rows_as_a_whole_bumps_the_version_and_writes_the_audit_given(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var gamma = await TestTree.AddEstateAsync(db, s.Tree.CommunityA1, "Gamma Yard");
        var stored = await s.CreateAsync(s.NewReturn());

        var updated = await s.UpdateAsync(stored, r =>
        {
            r.Rows.RemoveAll(row => row.EstateId == s.Beta.Id);
            r.Rows.Single(row => row.EstateId == s.Alpha.Id).SixHaves = SixHaves.Cleaning;
            r.Rows.Add(ReturnScenario.Row(gamma, row => row.Blockers = "no committee yet"));
            r.ProgressNarrative = "updated";
        });

        Assert.Equal(["Alpha Garden", "Gamma Yard"], updated.Rows.Select(r => r.EstateName));
        Assert.Equal(SixHaves.Cleaning, updated.Rows[0].SixHaves);
        Assert.Equal("no committee yet", updated.Rows[1].Blockers);
        Assert.Equal("updated", updated.ProgressNarrative);
        Assert.NotEqual(stored.Version, updated.Version);
        var trail = await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, stored.Id);
        Assert.Contains(trail, e => e.Field == "ProgressNarrative" && e.NewValue == "updated");
        Assert.Contains(trail, e => e.Field == "Rows[Alpha Garden].SixHaves" && e.NewValue == nameof(SixHaves.Cleaning));
        Assert.Contains(trail, e => e.Field == "Rows[Gamma Yard].Blockers");

        // Saving no rows at all empties the list.
        var emptied = await s.UpdateAsync(updated, r => r.Rows.Clear());
        Assert.Empty(emptied.Rows);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_with_a_stale_version_conflicts_and_writes_no_row_and_no_audit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var stored = await s.CreateAsync(s.NewReturn());
        var current = await s.UpdateAsync(stored, r => r.ProgressNarrative = "first edit");
        var trailBefore = (await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, stored.Id)).Count;

        var stale = (await db.Returns.GetByIdAsync(stored.Id))!;
        stale.Version = stored.Version;
        stale.ProgressNarrative = "second edit";
        stale.Rows.RemoveAt(0);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Returns.UpdateAsync(stale, ReturnAudit.Diff(current, stale, ReturnScenario.Officer)));

        Assert.Equal(stored.Id, conflict.Id);
        var read = (await db.Returns.GetByIdAsync(stored.Id))!;
        Assert.Equal(("first edit", 2, current.Version), (read.ProgressNarrative, read.Rows.Count, read.Version));
        Assert.Equal(trailBefore, (await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, stored.Id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_first_submission_is_created_submitted_in_one_write_with_its_rows_and_the_whole_trail(string database)
    {
        // Issue 19: a week's first save writes the return once, already submitted, with "create" and the officer's
        // edits in its trail (Core builds them); no draft is written first.
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var written = s.NewReturn();
        var submittedAt = ReturnScenario.Officer.AtUtc;
        written.Status = ReturnStatus.Submitted;
        written.FirstSubmittedUtc = written.LastSubmittedUtc = submittedAt;
        written.SubmittedByUserId = ReturnScenario.Officer.UserId;
        written.SubmittedByName = "街道填报员";
        ReturnScenario.StrikeOff(written.Rows[0], ManagementMode.PropertyEnterprise, new DateOnly(2026, 11, 18));
        written.Rows[1].Blockers = null;
        var audit = new List<AuditEntry>(ReturnAudit.Created(ReturnScenario.Week, ReturnScenario.Officer));
        audit.AddRange(new AuditDiff(ReturnAudit.EntityType, AuditEntry.NewRow, ReturnScenario.Officer)
            .Field(nameof(WeeklyReturn.Status), ReturnStatus.Draft, ReturnStatus.Submitted).Entries);

        var id = await db.Returns.CreateAsync(written, audit);

        var read = (await db.Returns.GetByIdAsync(id))!;
        Assert.Equal((ReturnStatus.Submitted, submittedAt, submittedAt, "街道填报员"),
            (read.Status, read.FirstSubmittedUtc!.Value, read.LastSubmittedUtc!.Value, read.SubmittedByName));
        var struck = read.Rows.Single(r => r.EstateId == written.Rows[0].EstateId);
        Assert.Equal((true, (DateOnly?)new DateOnly(2026, 11, 18), ManagementMode.PropertyEnterprise, SixHaves.All),
            (struck.IsStruckOff, struck.StruckOffDate, struck.Mode, struck.SixHaves));
        Assert.Null(read.Rows.Single(r => r.EstateId == written.Rows[1].EstateId).Blockers);
        var summary = Assert.Single(await db.Returns.ListAsync(s.Tree.SubDistrictA.Path, ReturnScenario.Week, ReturnScenario.Week));
        Assert.Equal((ReturnStatus.Submitted, false, submittedAt), (summary.Status, summary.WasSentBack, summary.FirstSubmittedUtc!.Value));
        var trail = await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, id);
        Assert.Equal(2, trail.Count);
        Assert.Contains(trail, e => e.Action == AuditActions.Create);
        Assert.Contains(trail, e => e.Field == nameof(WeeklyReturn.Status) && e.NewValue == nameof(ReturnStatus.Submitted));
    }

    [DatabaseTheory, DatabaseData]
    public async Task The_first_submission_time_stays_and_a_send_back_is_remembered(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var stored = await s.CreateAsync(s.NewReturn());
        var firstSubmit = ReturnScenario.Officer with { AtUtc = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc) };

        var submitted = await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, firstSubmit);
        var sentBack = await s.MoveAsync(submitted, ReturnAction.SendBack, Role.BureauReviewer, ReturnScenario.Reviewer, "households wrong");
        // Even a caller that overwrites the first submission cannot move it: timeliness is judged on it.
        var resubmitted = await s.UpdateAsync(sentBack, r =>
        {
            r.Status = ReturnStatus.Submitted;
            r.FirstSubmittedUtc = firstSubmit.AtUtc.AddDays(2);
            r.LastSubmittedUtc = firstSubmit.AtUtc.AddDays(2);
        });

        Assert.Equal((ReturnStatus.SentBack, "households wrong", ReturnScenario.Reviewer.UserName),
            (sentBack.Status, sentBack.ReviewReason, sentBack.ReviewedByName));
        Assert.Equal(firstSubmit.AtUtc, resubmitted.FirstSubmittedUtc);
        Assert.Equal(DateTimeKind.Utc, resubmitted.FirstSubmittedUtc!.Value.Kind);
        Assert.Equal(firstSubmit.AtUtc.AddDays(2), resubmitted.LastSubmittedUtc);
        var summary = Assert.Single(await db.Returns.ListAsync(s.Tree.SubDistrictA.Path, ReturnScenario.Week, ReturnScenario.Week));
        Assert.Equal((ReturnStatus.Submitted, true, firstSubmit.AtUtc), (summary.Status, summary.WasSentBack, summary.FirstSubmittedUtc!.Value));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Last_accepted_is_the_newest_week_before_the_one_asked_whose_status_is_accepted(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        async Task<WeeklyReturn> AcceptedWeekAsync(DateOnly week, string narrative)
        {
            var created = await s.CreateAsync(s.NewReturn(week));
            var submitted = await s.MoveAsync(created, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
            var edited = await s.UpdateAsync(submitted, r => r.ProgressNarrative = narrative);
            return await s.AcceptAsync(edited);
        }
        var week1 = ReturnScenario.Week.AddDays(-14);
        var week2 = ReturnScenario.Week.AddDays(-7);
        await AcceptedWeekAsync(week1, "week one");
        var second = await AcceptedWeekAsync(week2, "week two");
        await AcceptedWeekAsync(ReturnScenario.Week.AddDays(7), "a later week");
        await s.CreateAsync(s.NewReturn());

        var last = (await db.Returns.GetLastAcceptedAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week))!;
        Assert.Equal((second.Id, week2, "week two", 2), (last.Id, last.WeekEnding, last.ProgressNarrative, last.Rows.Count));

        // Reopened is not accepted: the week before it is then the last accepted.
        await s.MoveAsync(second, ReturnAction.Reopen, Role.BureauReviewer, ReturnScenario.Reviewer, "restate");
        Assert.Equal(week1, (await db.Returns.GetLastAcceptedAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week))!.WeekEnding);
        Assert.Null(await db.Returns.GetLastAcceptedAsync(s.Tree.SubDistrictA.Id, week1));
        Assert.Null(await db.Returns.GetLastAcceptedAsync(s.Tree.SubDistrictB.Id, ReturnScenario.Week));
    }
}
