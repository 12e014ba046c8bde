using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// Weekly returns with their rows, snapshots and audit. Every write is one transaction, version-checked
/// (a stale <see cref="WeeklyReturn.Version"/> throws <see cref="Common.ConcurrencyConflictException"/> and writes nothing).
/// </summary>
public interface IWeeklyReturnRepository
{
    Task<WeeklyReturn?> GetByIdAsync(long id);

    /// <summary>The return of a sub-district for a week, with its rows ordered by estate name; null when none exists yet.</summary>
    Task<WeeklyReturn?> GetAsync(long subDistrictId, DateOnly weekEnding);

    /// <summary>The newest accepted return before <paramref name="weekEnding"/>, with rows (to pre-fill a new week).</summary>
    Task<WeeklyReturn?> GetLastAcceptedAsync(long subDistrictId, DateOnly weekEnding);

    /// <summary>
    /// Creates a draft (with rows) with <paramref name="audit"/> (<see cref="ReturnAudit.Created"/>, stamped with the new id).
    /// Throws <see cref="Common.DuplicateNameException"/> when one exists for that week. That the node files returns
    /// (a sub-district) is Core's rule (<see cref="ReturnWorkflowService"/>).
    /// </summary>
    Task<long> CreateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit);

    /// <summary>Saves rows, narratives and status fields; the rows are replaced as a whole. Audit entries go in the same transaction.</summary>
    Task UpdateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Accepts: saves the return (now Accepted), adds its snapshot, and writes the registry facts the acceptance decided
    /// (<see cref="ReturnAcceptance"/>: status, mode, six haves, strike-off date), each moving the estate's version — all
    /// in one transaction with <paramref name="audit"/>, which holds the return's and the estates' entries, built in Core.
    /// </summary>
    Task AcceptAsync(WeeklyReturn weeklyReturn, ReturnSnapshot snapshot, IReadOnlyList<RegistryUpdate> registry, IReadOnlyList<AuditEntry> audit);

    /// <summary>The registry facts a return shows pre-filled (status, mode, six haves, strike-off date) of every live estate of the sub-district.</summary>
    Task<IReadOnlyList<RegistryFacts>> ListRegistryFactsAsync(long subDistrictId);

    /// <summary>Returns of the sub-districts under <paramref name="scopePath"/> for weeks in [from, to], newest week first.</summary>
    Task<IReadOnlyList<ReturnSummary>> ListAsync(string scopePath, DateOnly from, DateOnly to);

    /// <summary>
    /// Records that a week's deadline passed with nothing submitted, creating an empty draft if none exists, with the audit
    /// Core built (<see cref="ReturnAudit.Overdue"/>, <see cref="OverdueMarking.AuditFor"/>). Idempotent: returns false when
    /// already marked or submitted, and writes nothing then.
    /// </summary>
    Task<bool> MarkOverdueAsync(long subDistrictId, DateOnly weekEnding, OverdueMarking mark);

    /// <summary>Every snapshot of one return, oldest first (the original and its restatements).</summary>
    Task<IReadOnlyList<ReturnSnapshot>> ListSnapshotsAsync(long weeklyReturnId);

    /// <summary>The current (newest) snapshot per sub-district under the scope for weeks in [from, to].</summary>
    Task<IReadOnlyList<ReturnSnapshot>> ListCurrentSnapshotsAsync(string scopePath, DateOnly from, DateOnly to);
}

/// <summary>
/// A registry change made by an accepted return: the estate leaves the unmanaged list in this mode, or, with
/// <paramref name="RestoreStatus"/>, a restatement withdraws that return's strike-off and the estate takes back the
/// status and mode it had before (<see cref="StrikeOffWithdrawal"/>).
/// </summary>
public sealed record EstateStrikeOff(long EstateId, ManagementMode Mode, long WeeklyReturnId, ManagementStatus? RestoreStatus = null)
{
    public bool IsWithdrawal => RestoreStatus is not null;

    /// <summary>The registry status written: the one the mode gives (P11), or the one restored.</summary>
    public ManagementStatus Status => RestoreStatus ?? StrikeOffStatus.For(Mode);

    public string AuditAction => IsWithdrawal ? AuditActions.StrikeOffWithdrawn : AuditActions.StrikeOff;
}
