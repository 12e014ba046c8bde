using System.Globalization;
using System.Security.Claims;
using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>The claims of a signed-in user: id, user name, display name, role, scope (node id, path, name) and security stamp.</summary>
public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";
    public const string ScopeNodeId = "portal:scope_node_id";
    public const string ScopePath = "portal:scope_path";
    public const string ScopeName = "portal:scope_name";
    public const string SecurityStamp = "portal:security_stamp";

    public static ClaimsPrincipal Create(User user)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(DisplayName, user.DisplayName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(ScopeNodeId, user.ScopeNodeId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ScopePath, user.ScopePath),
                new Claim(ScopeName, user.ScopeName),
                new Claim(SecurityStamp, user.SecurityStamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    public static long? UserId(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public static Role? RoleOf(ClaimsPrincipal principal) =>
        Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role) && Enum.IsDefined(role) ? role : null;

    /// <summary>
    /// True when the cookie was issued with the account's current security stamp. A cookie without one (issued before
    /// stamps existed), or with one that sign-out, a password change or an admin's edit has replaced, is refused.
    /// </summary>
    public static bool HasCurrentStamp(ClaimsPrincipal principal, User user) =>
        principal.FindFirstValue(SecurityStamp) is { Length: > 0 } stamp
        && !string.IsNullOrEmpty(user.SecurityStamp)
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(stamp), System.Text.Encoding.UTF8.GetBytes(user.SecurityStamp));

    /// <summary>True when the cookie still says what the database says (role and scope can be changed by the admin).</summary>
    public static bool Matches(ClaimsPrincipal principal, User user) =>
        principal.FindFirstValue(ClaimTypes.Name) == user.UserName
        && principal.FindFirstValue(DisplayName) == user.DisplayName
        && RoleOf(principal) == user.Role
        && principal.FindFirstValue(ScopeNodeId) == user.ScopeNodeId.ToString(CultureInfo.InvariantCulture)
        && principal.FindFirstValue(ScopePath) == user.ScopePath
        && principal.FindFirstValue(ScopeName) == user.ScopeName;
}
