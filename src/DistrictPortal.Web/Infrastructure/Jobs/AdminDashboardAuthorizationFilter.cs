using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Security;
using Hangfire.Dashboard;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>The Hangfire dashboard (/hangfire) is for the district office's admins only, by the sign-in cookie's role.</summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && PortalClaims.RoleOf(user) == Role.Admin;
    }
}
