using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>
/// Keeps the cookie honest: each request re-reads the user, so a disabled account is signed out at once and a
/// changed role or scope (or a moved scope node, whose path changes) takes effect without signing in again.
/// Refusals answer 403 rather than redirecting, so a forbidden write is visible as such.
/// </summary>
public sealed class PortalCookieEvents(IUserRepository users, INodeRepository nodes) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is null ? null : PortalClaims.UserId(context.Principal);
        var user = id is null ? null : await users.GetByIdAsync(id.Value);
        if (user is null || user.IsDisabled)
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
