using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Tests.Fakes;

/// <summary>
/// Consultations and committee terms in memory, keeping only what the database keeps (versions, one current term and
/// unique term numbers per estate); records each write with the audit entries it was given. It decides nothing.
/// </summary>
public sealed class InMemoryCommittees : ICommitteeRepository
{
    private readonly Dictionary<long, ResidentConsultation> _consultations = [];
    private readonly List<OwnersCommittee> _terms = [];
    private long _nextId = 900;

    public List<(string Write, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];

    public Task<CommitteeRecord> GetRecordAsync(long estateId) => Task.FromResult(new CommitteeRecord(estateId,
        _consultations.GetValueOrDefault(estateId)?.Copy(),
        _terms.Where(t => t.EstateId == estateId).OrderByDescending(t => t.Term).Select(Copy).ToList()));

    public Task<IReadOnlyList<CommitteeTrack>> ListTracksAsync(string scopePath) => throw new NotSupportedException();

    public Task<IReadOnlyList<CommitteeTrack>> ListRecordedTracksAsync(string scopePath) => throw new NotSupportedException();

    public Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, IReadOnlyList<AuditEntry> audit)
    {
        var row = _consultations.GetValueOrDefault(estateId) ?? new ResidentConsultation { EstateId = estateId };
        row.WorksAcceptedOn = acceptedOn;
        row.Version++;
        _consultations[estateId] = row;
        Writes.Add(("works", audit));
        return Task.CompletedTask;
    }

    public Task SaveConsultationAsync(ResidentConsultation consultation, IReadOnlyList<AuditEntry> audit)
    {
        if ((_consultations.GetValueOrDefault(consultation.EstateId)?.Version ?? 0) != consultation.Version)
            throw new ConcurrencyConflictException(AuditEntities.Consultation, consultation.EstateId);
        var stored = consultation.Copy();
        stored.Version++;
        _consultations[consultation.EstateId] = stored;
        Writes.Add(("consultation", audit));
        return Task.CompletedTask;
    }

    public Task<long> CreateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        var id = Insert(committee);
        Writes.Add(("create", AuditEntry.ForNewRow(audit, id)));
        return Task.FromResult(id);
    }

    public Task UpdateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        var stored = Current(committee.Id, committee.Version);
        stored.MeetingDate = committee.MeetingDate;
        stored.FilingDate = committee.FilingDate;
        stored.TermEndDate = committee.TermEndDate;
        stored.Members = CommitteeMembers.Normalise(committee.Members, committee.Id);
        stored.Version++;
        Writes.Add(("update", audit));
        return Task.CompletedTask;
    }

    public Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, IReadOnlyList<AuditEntry> audit)
    {
        var old = Current(currentId, expectedVersion);
        old.HandedOverOn = successor.MeetingDate;
        old.Version++;
        var id = Insert(successor);
        Writes.Add(("handover", AuditEntry.ForNewRow(audit, id)));
        return Task.FromResult(id);
    }

    private long Insert(OwnersCommittee committee)
    {
        if (_terms.Any(t => t.EstateId == committee.EstateId && (t.Term == committee.Term || t.IsCurrent)))
            throw new ConcurrencyConflictException(AuditEntities.OwnersCommittee, 0);
        var stored = Copy(committee);
        stored.Id = _nextId++;
        stored.Version = 1;
        stored.Members = CommitteeMembers.Normalise(committee.Members, stored.Id);
        _terms.Add(stored);
        return stored.Id;
    }

    private OwnersCommittee Current(long id, long version) =>
        _terms.SingleOrDefault(t => t.Id == id && t.Version == version && t.IsCurrent)
        ?? throw new ConcurrencyConflictException(AuditEntities.OwnersCommittee, id);

    private static OwnersCommittee Copy(OwnersCommittee c) => new()
    {
        Id = c.Id, EstateId = c.EstateId, Term = c.Term, MeetingDate = c.MeetingDate, FilingDate = c.FilingDate,
        TermEndDate = c.TermEndDate, HandedOverOn = c.HandedOverOn, Version = c.Version,
        Members = c.Members.Select(m => new CommitteeMember { CommitteeId = m.CommitteeId, Position = m.Position, Name = m.Name, Role = m.Role, IsChair = m.IsChair }).ToList(),
    };
}
