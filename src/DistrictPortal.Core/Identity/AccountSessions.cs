using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Identity;

/// <summary>
/// The account's own session workflows: signing out (which ends every session of the account: the stamp is replaced
/// rather than a per-session list kept, see README "Security"), and changing one's own password (the new one must pass
/// <see cref="PasswordRule"/>; every other session ends, the caller re-issues this one with the returned stamp).
/// Hashing stays with the caller's hasher, so Core holds the rules without a cryptography package.
/// </summary>
public sealed class AccountSessions(IUserRepository users)
{
    public const string EntityType = AuditEntities.User;

    /// <summary>Replaces the stamp: every cookie of the account, this one included, is refused from its next request.</summary>
    public async Task<string> EndAllAsync(long userId, string action, ChangeContext context)
    {
        var stamp = SecurityStamp.New();
        await users.UpdateSecurityStampAsync(userId, stamp, new AuditDiff(EntityType, userId, context).Action(action).Entries);
        return stamp;
    }

    /// <summary>
    /// The signed-in user's own password: the current one must verify, the new one must pass <see cref="PasswordRule"/>
    /// and differ from the current. Done: the new stamp (every other session has ended). Refused: nothing written.
    /// </summary>
    public async Task<DomainResult<string>> ChangeOwnPasswordAsync(
        long userId, string? currentPassword, string? newPassword,
        Func<User, string, bool> verify, Func<User, string, string> hash, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(verify);
        ArgumentNullException.ThrowIfNull(hash);
        var user = await users.GetByIdAsync(userId) ?? throw new KeyNotFoundException($"User {userId} does not exist.");
        if (string.IsNullOrEmpty(currentPassword) || !verify(user, currentPassword))
            return DomainResult<string>.Refuse("CurrentPassword", "Password.CurrentWrong");
        var errors = PasswordRule.Check("NewPassword", newPassword, user.UserName).ToList();
        if (errors.Count == 0 && newPassword == currentPassword)
            errors.Add(new ValidationError("NewPassword", "Password.Unchanged"));
        if (errors.Count > 0)
            return DomainResult<string>.From(errors);

        var changed = new User
        {
            Id = user.Id,
            UserName = user.UserName,
            DisplayName = user.DisplayName,
            Email = user.Email,
            Role = user.Role,
            ScopeNodeId = user.ScopeNodeId,
            IsDisabled = user.IsDisabled,
            Version = user.Version,
            SecurityStamp = SecurityStamp.New(),
        };
        changed.PasswordHash = hash(changed, newPassword!);
        // That it changed, never the value.
        await users.UpdateAsync(changed, new AuditDiff(EntityType, userId, context).Action(AuditActions.Update, "Password").Entries);
        return DomainResult<string>.Done(changed.SecurityStamp);
    }
}
