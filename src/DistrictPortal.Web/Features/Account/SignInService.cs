using System.Security.Claims;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown user, wrong password or disabled account: one answer, so user names cannot be probed.</summary>
    Refused,
    /// <summary>Told apart for the audit and the tests only: the page shows the same words as <see cref="Refused"/>.</summary>
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, DateTime? LockedUntilUtc = null);

/// <summary>
/// Checks a user name and password against the stored hash and Core's <see cref="SignInPolicy"/>: five failures in a
/// row lock the account for fifteen minutes, and a locked account refuses even the right password.
/// Every attempt costs one hash verification, whatever the user name: an unknown or disabled user, or a locked
/// account, is checked against a dummy hash, so the time taken does not tell a real user name from an unknown one.
/// While demo data is off, the published demo password signs nobody in (the demo accounts outlive the demo data).
/// </summary>
public sealed class SignInService(
    IUserRepository users, INodeRepository nodes, IPasswordHasher<User> hasher, TimeProvider time, IOptions<PortalOptions> portal)
{
    private static readonly Lock DummyLock = new();
    private static string? _dummyHash;

    public async Task<SignInResult> SignInAsync(string? userName, string? password)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.GetByUserNameAsync(userName.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(password) || SignInPolicy.IsLockedOut(user, now))
        {
            VerifyDummy(password);
            return user is not null && !user.IsDisabled && SignInPolicy.IsLockedOut(user, now)
                ? new(SignInOutcome.LockedOut, LockedUntilUtc: user.LockoutEndUtc)
                : new(SignInOutcome.Refused);
        }

        var context = new ChangeContext(user.Id, AuditName.Of(user), now);
        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockoutEnd = SignInPolicy.LockoutAfterFailure(user.FailedSignIns + 1, now);
            var failures = await users.RecordFailedSignInAsync(user.Id, lockoutEnd, UserAudit.FailedSignIn(user.Id, user.FailedSignIns, lockoutEnd, context));
            // Another request may have failed at the same moment: the stored count decides.
            if (lockoutEnd is null && SignInPolicy.LockoutAfterFailure(failures, now) is { } late)
            {
                await users.RecordFailedSignInAsync(user.Id, late, UserAudit.FailedSignIn(user.Id, failures, late, context));
                lockoutEnd = late;
            }
            return lockoutEnd is null
                ? new(SignInOutcome.Refused)
                : new(SignInOutcome.LockedOut, LockedUntilUtc: lockoutEnd);
        }
        // The demo password is printed in the README: without demo data no account may use it (a demo account left
        // in a database that now runs for real, or anyone who chose it), whatever the hash says.
        if (!portal.Value.DemoData && password == DemoAccounts.Password)
            return new(SignInOutcome.Refused);

        var rehashed = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : null;
        await users.RecordSignInAsync(user.Id, rehashed, UserAudit.SignedIn(user.Id, context));
        await user.WithScopeAsync(nodes);
        return new(SignInOutcome.SignedIn, PortalClaims.Create(user));
    }

    /// <summary>Spends what a real verification spends, on a hash of a random password made once per process.</summary>
    private void VerifyDummy(string? password)
    {
        string dummy;
        lock (DummyLock)
            dummy = _dummyHash ??= hasher.HashPassword(new User(), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(new User(), dummy, password ?? "");
    }
}
