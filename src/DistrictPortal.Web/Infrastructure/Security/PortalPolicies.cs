using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>Authorization policies named after Core's <see cref="Permissions"/>, so the role rules live in one place.</summary>
public static class PortalPolicies
{
    public const string ManageHierarchy = nameof(ManageHierarchy);
    public const string ManageUsers = nameof(ManageUsers);

    public static void Add(AuthorizationOptions options)
    {
        // Every page needs a signed-in user unless it says [AllowAnonymous] (sign-in, health, language, errors).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ManageHierarchy, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => PortalClaims.RoleOf(c.User) is { } role && Permissions.CanManageHierarchy(role)));
        options.AddPolicy(ManageUsers, p => p.RequireAuthenticatedUser()
            .RequireAssertion(c => PortalClaims.RoleOf(c.User) is { } role && Permissions.CanManageUsers(role)));
    }
}
