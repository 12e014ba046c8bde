using System.Security.Cryptography;

namespace DistrictPortal.Core.Identity;

/// <summary>
/// The account's security stamp (ASP.NET Core Identity's idea): the sign-in cookie carries the stamp it was issued
/// with, and a cookie whose stamp is no longer the account's is refused. Changing the stamp therefore ends every
/// session of the account at its next request, without a list of sessions to keep.
/// </summary>
public static class SecurityStamp
{
    /// <summary>128 random bits as 32 hex digits: unguessable, and short enough for a cookie claim.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// An admin's edit ends the account's sessions when it changes what the cookie vouches for: the password, the
    /// role, the scope, or access itself (disabling). A new display name or e-mail does not.
    /// </summary>
    public static bool MustChange(User before, User after, bool passwordChanged)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return passwordChanged
            || before.Role != after.Role
            || before.ScopeNodeId != after.ScopeNodeId
            || (after.IsDisabled && !before.IsDisabled);
    }
}
