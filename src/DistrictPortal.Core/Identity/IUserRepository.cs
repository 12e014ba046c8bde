using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Identity;

public interface IUserRepository
{
    Task<User?> GetByIdAsync(long id);

    /// <summary>Case-insensitive.</summary>
    Task<User?> GetByUserNameAsync(string userName);

    /// <summary>Users whose scope lies under <paramref name="scopePath"/>, ordered by user name.</summary>
    Task<IReadOnlyList<User>> ListAsync(string scopePath);

    /// <summary>
    /// Throws <see cref="Common.DuplicateNameException"/> when the user name is taken. Returns the new id. An empty
    /// <see cref="User.SecurityStamp"/> is given a new one. <paramref name="audit"/> (<see cref="UserAudit.Created"/>,
    /// made for <see cref="AuditEntry.NewRow"/>) is written with the new id in the same transaction.
    /// </summary>
    Task<long> CreateAsync(User user, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Updates name, role, scope, e-mail, disabled flag and (when not empty) the password hash and security stamp;
    /// version-checked and audited.
    /// </summary>
    Task UpdateAsync(User user, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Records a failed sign-in atomically and sets the lock-out end when given, with the audit Core built
    /// (<see cref="UserAudit.FailedSignIn"/>), in one transaction. Returns the new failure count.
    /// </summary>
    Task<int> RecordFailedSignInAsync(long userId, DateTime? lockoutEndUtc, IReadOnlyList<AuditEntry> audit);

    /// <summary>The admin lifts a lock-out: clears the failure count and lock-out end, with <see cref="UserAudit.Unlocked"/> (no version bump).</summary>
    Task UnlockAsync(long userId, IReadOnlyList<AuditEntry> audit);

    /// <summary>Clears the failure count after a successful sign-in (and re-hashes if the hasher asked for it), with <see cref="UserAudit.SignedIn"/>.</summary>
    Task RecordSignInAsync(long userId, string? rehashedPassword, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Replaces the security stamp, ending every session of the account, with the audit entries Core built. Not an
    /// edit: the user's <see cref="User.Version"/> does not move, so an admin's open form stays current.
    /// </summary>
    Task UpdateSecurityStampAsync(long userId, string securityStamp, IReadOnlyList<AuditEntry> audit);
}
