using System.Security.Claims;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace DistrictPortal.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown user, wrong password or disabled account: one answer, so user names cannot be probed.</summary>
    Refused,
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, DateTime? LockedUntilUtc = null);

/// <summary>
/// Checks a user name and password against the stored hash and Core's <see cref="SignInPolicy"/>: five failures in a
/// row lock the account for fifteen minutes, and a locked account refuses even the right password.
/// </summary>
public sealed class SignInService(
    IUserRepository users, INodeRepository nodes, IPasswordHasher<User> hasher, TimeProvider time)
{
    public async Task<SignInResult> SignInAsync(string? userName, string? password)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.GetByUserNameAsync(userName.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(password))
            return new(SignInOutcome.Refused);

        if (SignInPolicy.IsLockedOut(user, now))
            return new(SignInOutcome.LockedOut, LockedUntilUtc: user.LockoutEndUtc);

        var context = new ChangeContext(user.Id, user.UserName, now);
        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockoutEnd = SignInPolicy.LockoutAfterFailure(user.FailedSignIns + 1, now);
            var failures = await users.RecordFailedSignInAsync(user.Id, lockoutEnd, context);
            // Another request may have failed at the same moment: the stored count decides.
            if (lockoutEnd is null && SignInPolicy.LockoutAfterFailure(failures, now) is { } late)
            {
                await users.RecordFailedSignInAsync(user.Id, late, context);
                lockoutEnd = late;
            }
            return lockoutEnd is null
                ? new(SignInOutcome.Refused)
                : new(SignInOutcome.LockedOut, LockedUntilUtc: lockoutEnd);
        }

        var rehashed = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : null;
        await users.RecordSignInAsync(user.Id, rehashed, context);
        await user.WithScopeAsync(nodes);
        return new(SignInOutcome.SignedIn, PortalClaims.Create(user));
    }
}
