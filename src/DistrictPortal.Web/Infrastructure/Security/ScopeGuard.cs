using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Infrastructure.Security;

public enum Access
{
    Allowed,
    /// <summary>Missing, or outside the user's scope: the user must not even learn that it exists.</summary>
    NotFound,
    /// <summary>Visible to the user but not theirs to change.</summary>
    Forbidden,
}

/// <summary>
/// The scope-and-role test every action runs on its target. Reads outside the scope answer 404 (so ids cannot be
/// probed); writes outside the scope, or by a role without the permission, answer 403.
/// </summary>
public sealed class ScopeGuard(CurrentUser user, INodeRepository nodes)
{
    public bool Contains(string? targetPath) => targetPath is not null && Scope.Contains(user.ScopePath, targetPath);

    /// <summary>Reading (or opening a form for) a target: outside scope is 404; inside without the role's permission is 403.</summary>
    public Access ToRead(string? targetPath, Func<Role, bool>? permission = null) =>
        !Contains(targetPath) ? Access.NotFound
        : permission is not null && !permission(user.Role) ? Access.Forbidden
        : Access.Allowed;

    /// <summary>
    /// Writing to an existing target: missing is 404; outside scope or without permission is 403. The 403 outside the scope
    /// is the first registry's (session 1), from before the rule that an id outside the scope answers 404 (README,
    /// authorisation); the features on it (registry, returns, hierarchy, users, campaigns, supervision, coordination,
    /// attachments) and their tests still expect it. New writes use <see cref="ToChange"/>.
    /// </summary>
    public Access ToWrite(string? targetPath, Func<Role, bool> permission) =>
        targetPath is null ? Access.NotFound
        : !Contains(targetPath) || !permission(user.Role) ? Access.Forbidden
        : Access.Allowed;

    /// <summary>
    /// Writing to a target whose page is read by the same path (contracts, issue 20): missing or outside the scope is 404,
    /// as the read answers, so a write cannot probe ids either; inside the scope without the permission 403.
    /// </summary>
    public Access ToChange(string? targetPath, Func<Role, bool> permission) =>
        !Contains(targetPath) ? Access.NotFound
        : !permission(user.Role) ? Access.Forbidden
        : Access.Allowed;

    /// <summary>The node when the user may read it, otherwise null (missing and out-of-scope look alike).</summary>
    public async Task<Node?> ReadableNodeAsync(long id)
    {
        var node = await nodes.GetByIdAsync(id);
        return node is not null && Contains(node.Path) ? node : null;
    }
}

public static class AccessResults
{
    /// <summary>The result that refuses <paramref name="access"/>; null when allowed.</summary>
    public static IActionResult? Refusal(this ControllerBase controller, Access access) => access switch
    {
        Access.Allowed => null,
        Access.NotFound => controller.NotFound(),
        _ => controller.Forbid(),
    };
}
