using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Committees;

/// <summary>
/// Owners' committees (P8, P9). Every write is one transaction with its audit entries (<see cref="CommitteeAudit"/>);
/// edits are version-checked and throw <see cref="Common.ConcurrencyConflictException"/> on a stale version, writing nothing.
/// </summary>
public interface ICommitteeRepository
{
    /// <summary>
    /// The acceptance of the estate's hardware works, which starts its one-month consultation clock (P8); a retrofit
    /// project's acceptance writes it with the project (<see cref="Retrofit.IRetrofitRepository.UpdateProjectAsync"/>).
    /// Not version-checked, creates the consultation row when missing, and audits only a change, so recording the same
    /// date again is harmless. An unknown estate is an <see cref="ArgumentException"/>.
    /// </summary>
    Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, ChangeContext context);

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

    /// <summary>Creates (Version 0) or updates (Version as read) the estate's consultation row, works date included.</summary>
    Task SaveConsultationAsync(ResidentConsultation consultation, ChangeContext context);

    /// <summary>The estate's first committee; an <see cref="ArgumentException"/> when it already has a current one (that is a handover). Returns the id.</summary>
    Task<long> CreateCommitteeAsync(OwnersCommittee committee, ChangeContext context);

    /// <summary>Updates the current term (dates and members, members replaced as a whole); a handed-over term is an <see cref="ArgumentException"/>.</summary>
    Task UpdateCommitteeAsync(OwnersCommittee committee, ChangeContext context);

    /// <summary>
    /// 换届: closes the current term <paramref name="currentId"/> (version-checked) on the successor's meeting date and
    /// creates the successor as the next term, in one transaction. Returns the successor's id.
    /// </summary>
    Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, ChangeContext context);
}
