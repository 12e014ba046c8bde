using System.Globalization;
using System.Security.Claims;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>The signed-in user of this request, read from the cookie's claims (refreshed from the database per request).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, TimeProvider time)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true && PortalClaims.UserId(Principal) is not null;

    public long Id => PortalClaims.UserId(Principal) ?? throw new InvalidOperationException("No user is signed in.");

    public string UserName => Principal.FindFirstValue(ClaimTypes.Name) ?? "";

    public string DisplayName => Principal.FindFirstValue(PortalClaims.DisplayName) ?? UserName;

    /// <summary>The role; an unknown role reads as the least privileged one.</summary>
    public Role Role => PortalClaims.RoleOf(Principal) ?? Role.OwnersCommitteeMember;

    public long ScopeNodeId =>
        long.TryParse(Principal.FindFirstValue(PortalClaims.ScopeNodeId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Empty when not signed in, and <see cref="Core.Hierarchy.Scope.Contains"/> is false for an empty scope.</summary>
    public string ScopePath => Principal.FindFirstValue(PortalClaims.ScopePath) ?? "";

    public string ScopeName => Principal.FindFirstValue(PortalClaims.ScopeName) ?? "";

    /// <summary>Who makes a change, as its audit entries name them: the person, not the login (<see cref="AuditName"/>).</summary>
    public ChangeContext Change() => new(Id, AuditName.Of(Principal.FindFirstValue(PortalClaims.DisplayName), UserName), time.GetUtcNow().UtcDateTime);
}
