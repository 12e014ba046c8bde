using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Committees;

/// <summary>
/// The committee track's rules as Core owns them (they were the repositories' and the procedures' until now): one
/// current term, history read-only, a successor after the term it follows, the term number; and the audit entries the
/// repository is handed with each write.
/// </summary>
public sealed class CommitteeServiceTests
{
    private const long EstateId = 42;
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly ChangeContext By = new(7, "pailou", new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryCommittees _repository = new();
    private CommitteeService Service => new(_repository);

    private static OwnersCommittee Committee(DateOnly meeting, params string[] names) => new()
    {
        EstateId = EstateId, MeetingDate = meeting, TermEndDate = meeting.AddYears(5).AddDays(-1),
        Members = names.Select((n, i) => new CommitteeMember { Name = $" {n} ", Role = i == 0 ? "主任" : "委员", IsChair = i == 0 }).ToList(),
    };

    [Fact]
    public async Task The_first_committee_is_term_one_audited_under_its_new_id_with_its_members_trimmed()
    {
        var result = await Service.SaveCommitteeAsync(Committee(new DateOnly(2021, 5, 1), "王建国", "李秀英"), Today, By);

        Assert.True(result.Succeeded);
        var current = (await _repository.GetRecordAsync(EstateId)).Current!;
        Assert.Equal((result.Value, 1, "王建国"), (current.Id, current.Term, current.Chair!.Name));
        var (_, audit) = Assert.Single(_repository.Writes);
        Assert.All(audit, e => Assert.Equal((AuditEntities.OwnersCommittee, result.Value), (e.EntityType, e.EntityId)));
        Assert.Contains(audit, e => e.Action == AuditActions.Create && e.NewValue == "1");
        Assert.Contains(audit, e => e.Field == "Members" && e.NewValue == "王建国（主任）★；李秀英（委员）");
    }

    [Fact]
    public async Task A_second_first_committee_is_refused_with_a_code_not_written()
    {
        await Service.SaveCommitteeAsync(Committee(new DateOnly(2021, 5, 1), "王建国"), Today, By);

        var again = await Service.SaveCommitteeAsync(Committee(new DateOnly(2021, 6, 1), "赵六"), Today, By);

        Assert.Equal(ValidationCodes.CurrentCommitteeExists, Assert.Single(again.Errors).Code);
        Assert.Single(_repository.Writes);
    }

    [Fact]
    public async Task An_edit_of_the_current_term_is_diffed_in_core_and_history_is_read_only()
    {
        var firstId = (await Service.SaveCommitteeAsync(Committee(new DateOnly(2021, 5, 1), "王建国", "李秀英", "张伟"), Today, By)).Value;
        var first = (await _repository.GetRecordAsync(EstateId)).Current!;
        first.FilingDate = new DateOnly(2021, 5, 20);
        first.Members.RemoveAt(2);

        Assert.True((await Service.SaveCommitteeAsync(first, Today, By)).Succeeded);
        var edit = _repository.Writes[^1].Audit;
        Assert.Contains(edit, e => e.Field == "FilingDate" && e.OldValue == null && e.NewValue == "2021-05-20");
        Assert.Contains(edit, e => e.Field == "Members" && e.NewValue == "王建国（主任）★；李秀英（委员）");
        Assert.DoesNotContain(edit, e => e.Field == "MeetingDate");

        var current = (await _repository.GetRecordAsync(EstateId)).Current!;
        Assert.True((await Service.HandOverAsync(EstateId, current.Version, Committee(new DateOnly(2026, 4, 30), "陈静"), true, Today, By)).Succeeded);
        var old = (await _repository.GetRecordAsync(EstateId)).History.Single();
        Assert.Equal(firstId, old.Id);
        var writes = _repository.Writes.Count;

        var history = await Service.SaveCommitteeAsync(old, Today, By);

        Assert.Equal(ValidationCodes.HandedOver, Assert.Single(history.Errors).Code);
        Assert.Equal(writes, _repository.Writes.Count);
    }

    [Fact]
    public async Task A_handover_numbers_the_next_term_and_audits_both_in_one_write()
    {
        var firstId = (await Service.SaveCommitteeAsync(Committee(new DateOnly(2021, 5, 1), "王建国"), Today, By)).Value;
        var version = (await _repository.GetRecordAsync(EstateId)).Current!.Version;

        var result = await Service.HandOverAsync(EstateId, version, Committee(new DateOnly(2026, 4, 30), "陈静", "王建国"), true, Today, By);

        Assert.True(result.Succeeded);
        var record = await _repository.GetRecordAsync(EstateId);
        Assert.Equal([(result.Value, 2, (DateOnly?)null), (firstId, 1, new DateOnly(2026, 4, 30))],
            record.Committees.Select(c => (c.Id, c.Term, c.HandedOverOn)).ToArray());
        var (write, audit) = _repository.Writes[^1];
        Assert.Equal("handover", write);
        Assert.Contains(audit, e => e.EntityId == firstId && e.Action == CommitteeAudit.HandOverAction && e.Field == "HandedOverOn" && e.NewValue == "2026-04-30");
        Assert.Contains(audit, e => e.EntityId == firstId && e.Field == "Successor" && e.NewValue == "2");
        Assert.Contains(audit, e => e.EntityId == result.Value && e.Action == AuditActions.Create && e.NewValue == "2");
    }

    [Fact]
    public async Task A_handover_to_an_earlier_meeting_unconfirmed_stale_or_with_nothing_current_writes_nothing()
    {
        Assert.Equal(ValidationCodes.NoCurrentCommittee, Assert.Single((await Service.HandOverAsync(
            EstateId, 1, Committee(new DateOnly(2026, 4, 30), "陈静"), true, Today, By)).Errors).Code);

        await Service.SaveCommitteeAsync(Committee(new DateOnly(2021, 5, 1), "王建国"), Today, By);
        var version = (await _repository.GetRecordAsync(EstateId)).Current!.Version;
        var writes = _repository.Writes.Count;

        var early = await Service.HandOverAsync(EstateId, version, Committee(new DateOnly(2021, 5, 1), "陈静"), false, Today, By);
        Assert.Equal(["MeetingDate:NotAfterCurrent", "Confirm:ConfirmHandover"], early.Errors.Select(e => e.ToKey()).ToArray());
        Assert.Equal("2021-05-01", early.Errors[0].Args.Single());
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Service.HandOverAsync(EstateId, version + 99, Committee(new DateOnly(2026, 4, 30), "陈静"), true, Today, By));
        Assert.Equal(writes, _repository.Writes.Count);
    }

    [Fact]
    public async Task The_works_date_is_audited_only_when_it_changes_and_a_future_one_is_refused()
    {
        Assert.True((await Service.RecordWorksAcceptedAsync(EstateId, new DateOnly(2026, 10, 20), Today, By)).Succeeded);
        Assert.True((await Service.RecordWorksAcceptedAsync(EstateId, new DateOnly(2026, 10, 20), Today, By)).Succeeded);
        Assert.True((await Service.RecordWorksAcceptedAsync(EstateId, new DateOnly(2026, 10, 25), Today, By)).Succeeded);

        Assert.Equal([(null, "2026-10-20"), ("2026-10-20", "2026-10-25")], _repository.Writes
            .SelectMany(w => w.Audit).Where(e => e.Field == "WorksAcceptedOn").Select(e => (e.OldValue, e.NewValue)).ToArray());
        Assert.Equal("WorksAcceptedOn", Assert.Single((await Service.RecordWorksAcceptedAsync(EstateId, Today.AddDays(1), Today, By)).Errors).Field);
        Assert.Equal(2, _repository.Writes.Count);
    }

    [Fact]
    public async Task A_consultation_breaking_a_rule_is_refused_and_a_valid_one_is_diffed_against_the_stored_row()
    {
        var bad = new ResidentConsultation { EstateId = EstateId, StartDate = new(2026, 2, 10), EndDate = new(2026, 2, 1), Households = 200 };
        Assert.Contains((await Service.SaveConsultationAsync(bad, Today, By)).Errors, e => e.Field == "EndDate");
        Assert.Empty(_repository.Writes);

        var good = new ResidentConsultation
        {
            EstateId = EstateId, StartDate = new(2026, 2, 10), EndDate = new(2026, 2, 25), Households = 200, BallotsReturned = 120,
            VotesForProfessional = 101, VotesForCommunityBased = 19,
        };
        Assert.True((await Service.SaveConsultationAsync(good, Today, By)).Succeeded);
        var edit = (await _repository.GetRecordAsync(EstateId)).Consultation!;
        edit.VotesForProfessional = 100;
        edit.VotesForCommunityBased = 20;
        Assert.True((await Service.SaveConsultationAsync(edit, Today, By)).Succeeded);

        Assert.Contains(_repository.Writes[0].Audit, e => e.Action == AuditActions.Create && e.EntityType == AuditEntities.Consultation);
        Assert.Contains(_repository.Writes[1].Audit, e => e.Field == "Outcome" && e.OldValue == "Professional" && e.NewValue == "CommunityBased");
    }
}
