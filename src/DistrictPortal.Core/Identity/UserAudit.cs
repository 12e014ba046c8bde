using System.Globalization;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Identity;

/// <summary>
/// The audit entries of an account's own events (created, a failed or a good sign-in, a lock-out lifted), built here as
/// every other write's are, so neither database decides what the trail says.
/// </summary>
public static class UserAudit
{
    public const string EntityType = AuditEntities.User;

    /// <summary>A new account (entries for <see cref="AuditEntry.NewRow"/>; the store stamps the id).</summary>
    public static IReadOnlyList<AuditEntry> Created(User user, ChangeContext context) =>
        new AuditDiff(EntityType, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: user.UserName?.Trim()).Entries;

    /// <summary>
    /// A wrong password: the count as the sign-in read it and one more, and the lock-out end when this failure locks the
    /// account. The store counts atomically; when two failures race, the trail shows the count each request saw.
    /// </summary>
    public static IReadOnlyList<AuditEntry> FailedSignIn(long userId, int failuresBefore, DateTime? lockoutEndUtc, ChangeContext context)
    {
        var diff = new AuditDiff(EntityType, userId, context).Action(
            AuditActions.SignIn, nameof(User.FailedSignIns), Invariant(failuresBefore), Invariant(failuresBefore + 1));
        if (lockoutEndUtc is { } end)
            diff.Action(AuditActions.LockOut, nameof(User.LockoutEndUtc), null, end.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        return diff.Entries;
    }

    /// <summary>
    /// An admin's edit of an account: each field that changed, and that the password changed (never its value), so the
    /// users page no longer builds its own diff.
    /// </summary>
    public static IReadOnlyList<AuditEntry> Edited(User before, User after, bool passwordChanged, ChangeContext context)
    {
        var diff = new AuditDiff(EntityType, before.Id, context)
            .Field(nameof(User.DisplayName), before.DisplayName, after.DisplayName)
            .Field(nameof(User.Email), before.Email, after.Email)
            .Field(nameof(User.Role), before.Role, after.Role)
            .Field(nameof(User.ScopeNodeId), before.ScopeNodeId, after.ScopeNodeId)
            .Field(nameof(User.IsDisabled), before.IsDisabled, after.IsDisabled);
        if (passwordChanged)
            diff.Action(AuditActions.Update, "Password");
        return diff.Entries;
    }

    public static IReadOnlyList<AuditEntry> SignedIn(long userId, ChangeContext context) =>
        new AuditDiff(EntityType, userId, context).Action(AuditActions.SignIn).Entries;

    public static IReadOnlyList<AuditEntry> Unlocked(long userId, ChangeContext context) =>
        new AuditDiff(EntityType, userId, context).Action(AuditActions.Unlock).Entries;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
