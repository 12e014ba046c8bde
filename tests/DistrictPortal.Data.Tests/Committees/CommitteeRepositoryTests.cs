using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Committees;

/// <summary>The committee track: consultation with works date, committee terms with members, handover, scope, versions, audit.</summary>
public sealed class CommitteeRepositoryTests
{
    private static readonly DateTime At = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static ResidentConsultation Consultation(long estateId, long version = 0) => new()
    {
        EstateId = estateId, WorksAcceptedOn = new(2026, 1, 31), StartDate = new(2026, 2, 10), EndDate = new(2026, 2, 25),
        Households = 200, BallotsReturned = 120, VotesForProfessional = 101, VotesForCommunityBased = 19, Version = version,
    };

    private static OwnersCommittee Committee(long estateId, DateOnly meeting, params string[] names) => new()
    {
        EstateId = estateId, MeetingDate = meeting, FilingDate = null, TermEndDate = meeting.AddYears(5).AddDays(-1),
        Members = names.Select((n, i) => new CommitteeMember { Name = $" {n} ", Role = i == 0 ? "主任" : "委员", IsChair = i == 0 }).ToList(),
    };

    private static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>Core's workflow over the repository under test: it builds the audit entries each write takes.</summary>
    private static CommitteeService Service(TestDatabase db) => new(db.Committees);

    [DatabaseTheory, DatabaseData]
    public async Task A_consultation_is_created_then_updated_with_version_checks_and_audit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Consulted");
        var context = new ChangeContext(7, "pailou", At);

        Assert.Null((await db.Committees.GetRecordAsync(estate.Id)).Consultation);
        Assert.True((await Service(db).SaveConsultationAsync(Consultation(estate.Id), Today, context)).Succeeded);
        // A second "first" save comes from a stale form: the repository's own guard, whatever audit it is handed.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Committees.SaveConsultationAsync(Consultation(estate.Id), []));

        var read = (await db.Committees.GetRecordAsync(estate.Id)).Consultation!;
        Assert.Equal((new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 25), 200, 120, 101, 19, ConsultationOutcome.Professional),
            (read.WorksAcceptedOn, read.StartDate, read.EndDate, read.Households, read.BallotsReturned, read.VotesForProfessional, read.VotesForCommunityBased, read.Outcome));
        Assert.NotEqual(0, read.Version);

        var edit = read.Copy();
        edit.VotesForProfessional = 100;
        edit.VotesForCommunityBased = 20;
        Assert.True((await Service(db).SaveConsultationAsync(edit, Today, context)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service(db).SaveConsultationAsync(edit, Today, context));
        Assert.Equal(ConsultationOutcome.CommunityBased, (await db.Committees.GetRecordAsync(estate.Id)).Consultation!.Outcome);

        var audit = await db.Audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, estate.Id);
        Assert.Contains(audit, e => e.Action == AuditActions.Create && e.UserName == "pailou");
        Assert.Contains(audit, e => e.Field == "Outcome" && e.OldValue == "Professional" && e.NewValue == "CommunityBased");
        Assert.Contains(audit, e => e.Field == "VotesForProfessional" && e.OldValue == "101" && e.NewValue == "100");
        // The stale write wrote no audit either.
        Assert.Single(audit, e => e.Action == AuditActions.Create);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Works_accepted_is_recorded_without_a_version_with_the_audit_core_built(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Retrofitted");
        var job = new ChangeContext(0, "retrofit", At);

        await Service(db).RecordWorksAcceptedAsync(estate.Id, new DateOnly(2026, 10, 20), Today, job);
        await Service(db).RecordWorksAcceptedAsync(estate.Id, new DateOnly(2026, 10, 20), Today, job);
        var first = (await db.Committees.GetRecordAsync(estate.Id)).Consultation!;
        Assert.Equal((new DateOnly(2026, 10, 20), (DateOnly?)null, 0), (first.WorksAcceptedOn, first.EndDate, first.Households));

        // The repository writes the date with whatever entries it is handed, on a row that exists or not.
        await db.Committees.RecordWorksAcceptedAsync(estate.Id, new DateOnly(2026, 10, 25),
            CommitteeAudit.WorksAccepted(first, estate.Id, new DateOnly(2026, 10, 25), job));
        Assert.Equal(new DateOnly(2026, 10, 25), (await db.Committees.GetRecordAsync(estate.Id)).Consultation!.WorksAcceptedOn);
        var worksAudit = (await db.Audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, estate.Id)).Where(e => e.Field == "WorksAcceptedOn").ToList();
        Assert.Equal([(null, "2026-10-20"), ("2026-10-20", "2026-10-25")], worksAudit.Select(e => (e.OldValue, e.NewValue)).Reverse().ToArray());

        // An unknown estate is the foreign key's: a bad request, nothing written.
        await Assert.ThrowsAsync<ArgumentException>(() => db.Committees.RecordWorksAcceptedAsync(long.MaxValue, new DateOnly(2026, 10, 1), []));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Committees.SaveConsultationAsync(Consultation(long.MaxValue), []));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_committee_is_created_edited_and_handed_over_keeping_its_history(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Governed");
        var context = new ChangeContext(7, "pailou", At);

        var firstId = (await Service(db).SaveCommitteeAsync(Committee(estate.Id, new DateOnly(2021, 5, 1), "王建国", "李秀英", "张伟"), Today, context)).Value;

        var first = (await db.Committees.GetRecordAsync(estate.Id)).Current!;
        Assert.Equal((firstId, 1, "王建国", 3, (DateOnly?)null), (first.Id, first.Term, first.Chair!.Name, first.Members.Count, first.FilingDate));
        Assert.Equal([1, 2, 3], first.Members.Select(m => m.Position).ToArray());

        first.FilingDate = new DateOnly(2021, 5, 20);
        first.Members.RemoveAt(2);
        Assert.True((await Service(db).SaveCommitteeAsync(first, Today, context)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Committees.UpdateCommitteeAsync(first, []));
        var edited = (await db.Committees.GetRecordAsync(estate.Id)).Current!;
        Assert.Equal((new DateOnly(2021, 5, 20), 2), (edited.FilingDate, edited.Members.Count));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Committees.HandOverAsync(edited.Id, edited.Version + 99, Term(estate.Id, 2, new DateOnly(2026, 4, 30), "陈静"), []));
        var secondId = (await Service(db).HandOverAsync(estate.Id, edited.Version, Committee(0, new DateOnly(2026, 4, 30), "陈静", "王建国"), true, Today, context)).Value;

        var record = await db.Committees.GetRecordAsync(estate.Id);
        Assert.Equal([(secondId, 2, (DateOnly?)null), (firstId, 1, new DateOnly(2026, 4, 30))],
            record.Committees.Select(c => (c.Id, c.Term, c.HandedOverOn)).ToArray());
        Assert.Equal("陈静", record.Current!.Chair!.Name);
        Assert.Equal(["王建国", "李秀英"], record.History.Single().Members.Select(m => m.Name).ToArray());
        // History stays as it was: a write of it, or a second hand-over of it, finds no current term at that version.
        var old = record.History.Single();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Committees.UpdateCommitteeAsync(old, []));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Committees.HandOverAsync(old.Id, old.Version, Term(estate.Id, 3, new DateOnly(2026, 6, 1), "赵六"), []));

        var oldAudit = await db.Audit.ListForEntityAsync(CommitteeAudit.CommitteeEntity, firstId);
        Assert.Contains(oldAudit, e => e.Action == CommitteeAudit.HandOverAction && e.Field == "HandedOverOn" && e.NewValue == "2026-04-30");
        Assert.Contains(oldAudit, e => e.Action == CommitteeAudit.HandOverAction && e.Field == "Successor" && e.NewValue == "2");
        Assert.Contains(oldAudit, e => e.Field == "Members" && e.NewValue == "王建国（主任）★；李秀英（委员）");
        Assert.Contains(await db.Audit.ListForEntityAsync(CommitteeAudit.CommitteeEntity, secondId), e => e.Action == AuditActions.Create && e.NewValue == "2");
    }

    [DatabaseTheory, DatabaseData]
    public async Task The_keys_keep_one_current_term_and_unique_term_numbers_when_a_writer_got_in_between(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Raced");
        IReadOnlyList<AuditEntry> created =
            [new AuditEntry { EntityType = CommitteeAudit.CommitteeEntity, EntityId = AuditEntry.NewRow, Action = AuditActions.Create, UserName = "t", AtUtc = At }];

        var id = await db.Committees.CreateCommitteeAsync(Term(estate.Id, 1, new DateOnly(2021, 5, 1), "王建国"), created);

        // A second first committee (Core read "none" before the first was written), and a taken term number.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Committees.CreateCommitteeAsync(Term(estate.Id, 2, new DateOnly(2021, 6, 1), "赵六"), created));
        var current = (await db.Committees.GetRecordAsync(estate.Id)).Current!;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Committees.HandOverAsync(current.Id, current.Version, Term(estate.Id, 1, new DateOnly(2026, 4, 30), "陈静"), created));
        // An unknown estate is the foreign key's.
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Committees.CreateCommitteeAsync(Term(long.MaxValue, 1, new DateOnly(2021, 5, 1), "王建国"), created));

        var record = await db.Committees.GetRecordAsync(estate.Id);
        Assert.Equal([(id, 1, (DateOnly?)null)], record.Committees.Select(c => (c.Id, c.Term, c.HandedOverOn)).ToArray());
        Assert.Single(await db.Audit.ListForEntityAsync(CommitteeAudit.CommitteeEntity, id));
    }

    private static OwnersCommittee Term(long estateId, int term, DateOnly meeting, params string[] names)
    {
        var committee = Committee(estateId, meeting, names);
        committee.Term = term;
        return committee;
    }

    [DatabaseTheory, DatabaseData]
    public async Task Tracks_cover_every_live_estate_of_the_scope_with_its_current_committee(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context(At);
        var consulted = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Consulted");
        var governed = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Governed");
        var untouched = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Untouched");
        var elsewhere = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Elsewhere");
        await Service(db).SaveConsultationAsync(Consultation(consulted.Id), Today, context);
        var first = (await Service(db).SaveCommitteeAsync(Committee(governed.Id, new DateOnly(2021, 12, 1), "王建国", "李秀英"), Today, context)).Value;
        var firstVersion = (await db.Committees.GetRecordAsync(governed.Id)).Current!.Version;
        var successor = Committee(0, new DateOnly(2026, 11, 1), "陈静", "周强", "吴敏");
        successor.Members[0].IsChair = false;
        successor.Members[1].IsChair = true;
        successor.FilingDate = new DateOnly(2026, 11, 10);
        Assert.True((await Service(db).HandOverAsync(governed.Id, firstVersion, successor, true, Today, context)).Succeeded);

        var tracks = await db.Committees.ListTracksAsync(tree.SubDistrictA.Path);

        Assert.Equal([consulted.Id, governed.Id, untouched.Id], tracks.Select(t => t.EstateId).ToArray());
        var c = tracks[0];
        Assert.Equal(("Consulted", tree.CommunityA1.Id, tree.CommunityA1.Name, tree.SubDistrictA.Id, tree.SubDistrictA.Name),
            (c.EstateName, c.CommunityId, c.CommunityName, c.SubDistrictId, c.SubDistrictName));
        Assert.Equal((new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 25), 200, 120, 101, ConsultationOutcome.Professional, true),
            (c.HardwareAcceptedDate, c.ConsultationDate, c.Households, c.BallotsReturned, c.VotesForProfessional, c.Outcome, c.NeedsCommittee));
        var g = tracks[1];
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), "周强", 3, new DateOnly(2026, 11, 10), new DateOnly(2031, 10, 31)),
            (g.OwnersMeetingDate, g.CommitteeElectedDate, g.ChairName, g.MemberCount, g.FilingDate, g.TermEndDate));
        var u = tracks[2];
        Assert.Equal(((DateOnly?)null, (DateOnly?)null, 0, 0L, false), (u.HardwareAcceptedDate, u.CommitteeElectedDate, u.MemberCount, u.Version, u.NeedsCommittee));

        Assert.Equal([elsewhere.Id], (await db.Committees.ListTracksAsync(tree.CommunityB1.Path)).Select(t => t.EstateId).ToArray());
        // Only estates with a consultation or a current committee: the untouched one and the empty community drop out.
        Assert.Equal([consulted.Id, governed.Id], (await db.Committees.ListRecordedTracksAsync(tree.SubDistrictA.Path)).Select(t => t.EstateId).ToArray());
        Assert.Equal(tracks[1].ChairName, (await db.Committees.ListRecordedTracksAsync(tree.SubDistrictA.Path))[1].ChairName);
        Assert.Empty(await db.Committees.ListRecordedTracksAsync(tree.CommunityB1.Path));
        Assert.Empty(await db.Committees.ListRecordedTracksAsync(""));
        Assert.Empty(await db.Committees.ListTracksAsync(""));
        Assert.Empty(await db.Committees.ListTracksAsync(tree.CommunityA1.Path[..^1] + "%/"));
    }
}
