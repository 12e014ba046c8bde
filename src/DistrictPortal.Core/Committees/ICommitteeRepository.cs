using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Committees;

/// <summary>
/// Owners' committees (P8, P9): stored and read, never decided. Every write is one transaction with the audit entries
/// Core built for it (<see cref="CommitteeService"/>, <see cref="CommitteeAudit"/>); edits are version-checked and throw
/// <see cref="Common.ConcurrencyConflictException"/> on a stale version, writing nothing. The database keeps only its
/// integrity: one consultation row and one current term per estate, unique term numbers, known estates (a foreign key,
/// an <see cref="ArgumentException"/>).
/// </summary>
public interface ICommitteeRepository
{
    /// <summary>
    /// The acceptance of the estate's hardware works, which starts its one-month consultation clock (P8); a retrofit
    /// project's acceptance writes it with the project (<see cref="Retrofit.IRetrofitRepository.UpdateProjectAsync"/>).
    /// Not version-checked; creates the consultation row when missing.
    /// </summary>
    Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, IReadOnlyList<AuditEntry> audit);

    /// <summary>The estate's consultation and committees (all terms, current first, each with its members); empty when nothing is recorded.</summary>
    Task<CommitteeRecord> GetRecordAsync(long estateId);

    /// <summary>One track per live estate under <paramref name="scopePath"/> (estates with nothing recorded included), by community then estate name.</summary>
    Task<IReadOnlyList<CommitteeTrack>> ListTracksAsync(string scopePath);

    /// <summary>
    /// The tracks of <see cref="ListTracksAsync"/> that have a consultation or a current committee: the only estates that
    /// can need a committee, have one or be overdue. Counts and alerts read these, so a city-wide league does not map
    /// every estate of the city.
    /// </summary>
    Task<IReadOnlyList<CommitteeTrack>> ListRecordedTracksAsync(string scopePath);

    /// <summary>Creates (Version 0; a row someone else created since is a conflict) or updates (Version as read) the estate's consultation row.</summary>
    Task SaveConsultationAsync(ResidentConsultation consultation, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Inserts a term numbered <see cref="OwnersCommittee.Term"/> with its members (normalised, <see cref="CommitteeMembers"/>);
    /// the entries made for the new row (<see cref="AuditEntry.NewRow"/>) are written under its id. A second current term
    /// or a taken term number (a writer that got in between) is a <see cref="Common.ConcurrencyConflictException"/>.
    /// </summary>
    Task<long> CreateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit);

    /// <summary>Updates the current term (dates and members, members replaced as a whole) at the version read; a term handed over since is a conflict.</summary>
    Task UpdateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// 换届: closes the current term <paramref name="currentId"/> (version-checked, still current) on the successor's
    /// meeting date and inserts the successor as <see cref="CreateCommitteeAsync"/> does, in one transaction with
    /// <paramref name="audit"/>. Returns the successor's id.
    /// </summary>
    Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, IReadOnlyList<AuditEntry> audit);
}
