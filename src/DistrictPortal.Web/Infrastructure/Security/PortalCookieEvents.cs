using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>
/// Keeps the cookie honest: each request re-reads the user (one primary-key read, which it needed anyway for the
/// scope), so a disabled account is signed out at once, a cookie whose security stamp is no longer the account's
/// (signed out, password changed or reset, role or scope changed, disabled) is refused as ASP.NET Core Identity's
/// SecurityStampValidator refuses it, and a renamed or moved scope node takes effect without signing in again.
/// Checking on every request rather than every few minutes: the read is already made, so a stolen or signed-out
/// cookie dies at once instead of living out a validation interval.
/// Refusals answer 403 rather than redirecting, so a forbidden write is visible as such.
/// </summary>
public sealed class PortalCookieEvents(IUserRepository users, INodeRepository nodes) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is null ? null : PortalClaims.UserId(context.Principal);
        var user = id is null ? null : await users.GetByIdAsync(id.Value);
        if (user is null || user.IsDisabled || !PortalClaims.HasCurrentStamp(context.Principal!, user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        await user.WithScopeAsync(nodes);
        if (!PortalClaims.Matches(context.Principal!, user))
        {
            context.ReplacePrincipal(PortalClaims.Create(user));
            context.ShouldRenew = true;
        }
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
