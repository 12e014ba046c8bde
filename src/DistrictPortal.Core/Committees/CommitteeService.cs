using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Committees;

/// <summary>
/// The committee workflows (P8, P9): the works acceptance recorded, a consultation recorded, the first committee elected
/// or the current one edited (members, filing), and a handover (换届). Each reads the estate's record, validates
/// (<see cref="CommitteeValidator"/> and the track's own rules: one current term, history read-only, a successor after
/// the term it follows), builds the audit entries (<see cref="CommitteeAudit"/>) and calls the repository once.
/// A refusal names the field and writes nothing; a stale version is a <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class CommitteeService(ICommitteeRepository repository)
{
    /// <summary>
    /// The works acceptance as the retrofit programme and the demo data record it: not version-checked, and nothing
    /// written when the consultation already has that date.
    /// </summary>
    public async Task<DomainResult> RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, DateOnly today, ChangeContext context)
    {
        if (WorksErrors(estateId, acceptedOn, today) is { Count: > 0 } errors)
            return DomainResult.From(errors);
        var before = (await repository.GetRecordAsync(estateId)).Consultation;
        var audit = CommitteeAudit.WorksAccepted(before, estateId, acceptedOn, context);
        if (audit.Count > 0)
            await repository.RecordWorksAcceptedAsync(estateId, acceptedOn, audit);
        return DomainResult.Ok;
    }

    /// <summary>The works date typed on the estate's form, at the consultation's <paramref name="expectedVersion"/> (0: none recorded yet).</summary>
    public async Task<DomainResult> SaveWorksAcceptedAsync(long estateId, DateOnly acceptedOn, long expectedVersion, DateOnly today, ChangeContext context)
    {
        if (WorksErrors(estateId, acceptedOn, today) is { Count: > 0 } errors)
            return DomainResult.From(errors);
        var before = (await repository.GetRecordAsync(estateId)).Consultation;
        var after = before?.Copy() ?? new ResidentConsultation { EstateId = estateId };
        after.WorksAcceptedOn = acceptedOn;
        after.Version = expectedVersion;
        await repository.SaveConsultationAsync(after, CommitteeAudit.Diff(before, after, context));
        return DomainResult.Ok;
    }

    /// <summary>The consultation as typed (Version as read, 0 when none was recorded).</summary>
    public async Task<DomainResult> SaveConsultationAsync(ResidentConsultation consultation, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        if (CommitteeValidator.Validate(consultation, today) is { Count: > 0 } errors)
            return DomainResult.From(errors);
        var before = (await repository.GetRecordAsync(consultation.EstateId)).Consultation;
        await repository.SaveConsultationAsync(consultation, CommitteeAudit.Diff(before, consultation, context));
        return DomainResult.Ok;
    }

    /// <summary>
    /// The first committee (<see cref="OwnersCommittee.Id"/> 0) or an edit of the current term at its version. A first
    /// committee where one is current, or an edit of a term handed over, is refused: the page was read before that.
    /// Answers the term's id.
    /// </summary>
    public async Task<DomainResult<long>> SaveCommitteeAsync(OwnersCommittee committee, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(committee);
        if (CommitteeValidator.Validate(committee, today) is { Count: > 0 } errors)
            return DomainResult<long>.From(errors);
        var record = await repository.GetRecordAsync(committee.EstateId);
        if (committee.Id == 0)
        {
            if (record.Current is not null)
                return DomainResult<long>.Refuse(nameof(OwnersCommittee.Id), ValidationCodes.CurrentCommitteeExists);
            var created = NewTerm(committee, record);
            var id = await repository.CreateCommitteeAsync(created, CommitteeAudit.Created(created, context));
            committee.Id = id;
            committee.Term = created.Term;
            return DomainResult<long>.Done(id);
        }
        var before = record.Committees.FirstOrDefault(c => c.Id == committee.Id)
            ?? throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, committee.Id);
        if (!before.IsCurrent)
            return DomainResult<long>.Refuse(nameof(OwnersCommittee.Id), ValidationCodes.HandedOver);
        var after = Copy(committee, committee.Id, before.Term);
        after.Version = committee.Version;
        await repository.UpdateCommitteeAsync(after, CommitteeAudit.Diff(before, after, context));
        return DomainResult<long>.Done(committee.Id);
    }

    /// <summary>
    /// What a handover itself must satisfy besides the successor's own rules: a meeting after the current term's (none
    /// yet: nothing to compare), and a confirmation.
    /// </summary>
    public static IReadOnlyList<ValidationError> HandoverErrors(OwnersCommittee current, DateOnly? successorMeeting, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(current);
        var errors = new List<ValidationError>();
        if (successorMeeting <= current.MeetingDate)
            errors.Add(new(nameof(OwnersCommittee.MeetingDate), ValidationCodes.NotAfterCurrent,
                current.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        if (!confirmed)
            errors.Add(new("Confirm", ValidationCodes.ConfirmHandover));
        return errors;
    }

    /// <summary>
    /// 换届: the current term, read at <paramref name="expectedVersion"/>, ends on the successor's meeting date and the
    /// successor becomes the next term, in one write. Answers the successor's id.
    /// </summary>
    public async Task<DomainResult<long>> HandOverAsync(
        long estateId, long expectedVersion, OwnersCommittee successor, bool confirmed, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(successor);
        var record = await repository.GetRecordAsync(estateId);
        if (record.Current is not { } current)
            return DomainResult<long>.Refuse(nameof(OwnersCommittee.Id), ValidationCodes.NoCurrentCommittee);
        if (current.Version != expectedVersion)
            throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, current.Id);
        var errors = CommitteeValidator.Validate(successor, today).Concat(HandoverErrors(current, successor.MeetingDate, confirmed)).ToList();
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);

        successor.EstateId = estateId;
        var next = NewTerm(successor, record);
        var old = Copy(current, current.Id, current.Term);
        old.HandedOverOn = next.MeetingDate;
        var id = await repository.HandOverAsync(current.Id, expectedVersion, next,
            [.. CommitteeAudit.Created(next, context), .. CommitteeAudit.HandedOver(old, next.Term, context)]);
        successor.Id = id;
        successor.Term = next.Term;
        return DomainResult<long>.Done(id);
    }

    /// <summary>The works date's own rules (not in the future), whatever the rest of the consultation holds.</summary>
    public static List<ValidationError> WorksErrors(long estateId, DateOnly acceptedOn, DateOnly today) =>
        CommitteeValidator.Validate(new ResidentConsultation { EstateId = estateId, WorksAcceptedOn = acceptedOn }, today)
            .Where(e => e.Field == nameof(ResidentConsultation.WorksAcceptedOn))
            .ToList();

    /// <summary>The term after the estate's last (第N届), as a new row: its audit entries go under <see cref="AuditEntry.NewRow"/>.</summary>
    private static OwnersCommittee NewTerm(OwnersCommittee committee, CommitteeRecord record) =>
        Copy(committee, AuditEntry.NewRow, record.Committees.Select(c => c.Term).DefaultIfEmpty(0).Max() + 1);

    private static OwnersCommittee Copy(OwnersCommittee c, long id, int term) => new()
    {
        Id = id,
        EstateId = c.EstateId,
        Term = term,
        MeetingDate = c.MeetingDate,
        FilingDate = c.FilingDate,
        TermEndDate = c.TermEndDate,
        HandedOverOn = c.HandedOverOn,
        Version = c.Version,
        Members = CommitteeMembers.Normalise(c.Members, id),
    };
}
