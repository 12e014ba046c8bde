using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Hierarchy;

/// <summary>The admin's hierarchy: create, rename, move, retire and reinstate nodes; delete only those without history.</summary>
[Route("hierarchy")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class HierarchyController(
    INodeRepository nodes, HierarchyService hierarchy, CurrentUser me, ScopeGuard guard, IStringLocalizer<SharedResource> l) : Controller
{
    public const int MaxNameLength = HierarchyService.MaxNameLength;

    [HttpGet("")]
    public async Task<IActionResult> Index(NodeLevel? depth, bool retired = true)
    {
        var root = await guard.ReadableNodeAsync(me.ScopeNodeId);
        if (root is null)
            return NotFound();
        var deepest = depth is { } d && Enum.IsDefined(d) && d >= root.Level ? d : NodeLevel.Community;
        return View(new HierarchyTreeViewModel
        {
            Rows = await HierarchyTree.BuildAsync(nodes, root, deepest, retired),
            RootLevel = root.Level,
            Depth = deepest,
            IncludeRetired = retired,
        });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Node(long id) =>
        await guard.ReadableNodeAsync(id) is { } node ? View("Node", await NodeModel(node)) : NotFound();

    [HttpPost("{id:long}/rename")]
    public async Task<IActionResult> Rename(long id, string? name, long version)
    {
        var (node, refused) = await ForWrite(id);
        if (refused is not null)
            return refused;
        return await Write(node, () => hierarchy.RenameAsync(id, name, version, me.Change()),
            l["Hierarchy.Renamed", name?.Trim() ?? ""], error => NodeModel(node, newName: name, error: ("name", error)));
    }

    [HttpPost("{id:long}/children")]
    public async Task<IActionResult> CreateChild(long id, string? childName)
    {
        var (parent, refused) = await ForWrite(id);
        if (refused is not null)
            return refused;
        var model = await NodeModel(parent);
        if (model.ChildLevel is not { } level)
            return Redirect($"/estates/create?community={id}");
        try
        {
            var created = await hierarchy.CreateAsync(id, level, childName, me.Change());
            if (created.Value is not { } child)
                return View("Node", await NodeModel(parent, childName: childName, error: ("childName", Message(created.Errors[0]))));
            TempData.Flash(l["Hierarchy.Created", child.Name]);
            return Redirect($"/hierarchy/{child.Id}");
        }
        catch (DuplicateNameException)
        {
            return View("Node", await NodeModel(parent, childName: childName,
                error: ("childName", l["Hierarchy.DuplicateName", childName!.Trim()])));
        }
    }

    [HttpGet("{id:long}/move")]
    public async Task<IActionResult> Move(long id) =>
        await guard.ReadableNodeAsync(id) is { } node
            ? node.Id == me.ScopeNodeId || node.ParentId is null ? Forbid() : View("Move", await MoveModel(node))
            : NotFound();

    [HttpPost("{id:long}/move")]
    public async Task<IActionResult> Move(long id, long? newParentId, long version)
    {
        var (node, refused) = await ForWrite(id, allowScopeRoot: false);
        if (refused is not null)
            return refused;
        var model = await MoveModel(node);
        model.NewParentId = newParentId;
        if (newParentId is not { } target || model.Candidates.All(c => c.Parent.Id != target))
        {
            // A parent outside the scope is a write outside it; a missing or wrong-level choice is a form error.
            if (newParentId is { } outside && await nodes.GetByIdAsync(outside) is { } elsewhere && !guard.Contains(elsewhere.Path))
                return Forbid();
            ModelState.AddModelError("newParentId", l["Hierarchy.ChooseParent", l.Enum(node.Level - 1)]);
            return View("Move", model);
        }
        return await Write(node, () => hierarchy.MoveAsync(id, target, version, me.Change()),
            l["Hierarchy.Moved", node.Name], async error =>
            {
                ModelState.AddModelError("newParentId", error);
                return model;
            }, "Move");
    }

    [HttpGet("{id:long}/retire")]
    public async Task<IActionResult> Retire(long id) =>
        await guard.ReadableNodeAsync(id) is { } node
            ? node.Id == me.ScopeNodeId ? Forbid() : View("Retire", await ConfirmModel(node))
            : NotFound();

    [HttpPost("{id:long}/retire")]
    public async Task<IActionResult> Retire(long id, long version)
    {
        var (node, refused) = await ForWrite(id, allowScopeRoot: false);
        if (refused is not null)
            return refused;
        return await Write(node, () => hierarchy.SetRetiredAsync(id, true, version, me.Change()),
            l["Hierarchy.Retired", node.Name], error => NodeModel(node, error: ("", error)));
    }

    [HttpPost("{id:long}/reinstate")]
    public async Task<IActionResult> Reinstate(long id, long version)
    {
        var (node, refused) = await ForWrite(id);
        if (refused is not null)
            return refused;
        return await Write(node, () => hierarchy.SetRetiredAsync(id, false, version, me.Change()),
            l["Hierarchy.Reinstated", node.Name], error => NodeModel(node, error: ("", error)));
    }

    [HttpGet("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id) =>
        await guard.ReadableNodeAsync(id) is { } node
            ? node.Id == me.ScopeNodeId ? Forbid() : View("Delete", await ConfirmModel(node, withHistory: true))
            : NotFound();

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> DeleteConfirmed(long id)
    {
        var (node, refused) = await ForWrite(id, allowScopeRoot: false);
        if (refused is not null)
            return refused;
        if (!await hierarchy.DeleteIfUnusedAsync(id, me.Change()))
            return View("Delete", await ConfirmModel(node, withHistory: true));
        TempData.Flash(l["Hierarchy.Deleted", node.Name]);
        return Redirect(node.ParentId is { } parent ? $"/hierarchy/{parent}" : "/hierarchy");
    }

    /// <summary>
    /// The node a POST changes: missing is 404; outside the admin's scope is 403; so is restructuring the admin's own
    /// scope root (moving, retiring or deleting it would cut the admin off from everything below it).
    /// </summary>
    private async Task<(Node Node, IActionResult? Refused)> ForWrite(long id, bool allowScopeRoot = true)
    {
        var node = await nodes.GetByIdAsync(id);
        var refused = this.Refusal(guard.ToWrite(node?.Path, Permissions.CanManageHierarchy));
        if (refused is null && !allowScopeRoot && (node!.Id == me.ScopeNodeId || node.ParentId is null))
            refused = Forbid();
        return (node!, refused);
    }

    /// <summary>
    /// Runs a versioned workflow; a refusal (its first error, in words), a stale version or a taken name shows the form
    /// again with the reason where <paramref name="onError"/> puts it.
    /// </summary>
    private async Task<IActionResult> Write<TModel>(
        Node node, Func<Task<DomainResult>> write, string done, Func<string, Task<TModel>> onError, string view = "Node")
    {
        try
        {
            var result = await write();
            if (!result.Succeeded)
                return View(view, await onError(Message(result.Errors[0])));
        }
        catch (ConcurrencyConflictException)
        {
            return View(view, await onError(l["Hierarchy.Conflict"]));
        }
        catch (DuplicateNameException ex)
        {
            return View(view, await onError(l["Hierarchy.DuplicateName", ex.Value]));
        }
        TempData.Flash(done);
        return Redirect($"/hierarchy/{node.Id}");
    }

    /// <summary>The portal's formatter with the hierarchy's own field names and codes first.</summary>
    private string Message(ValidationError error) => l.Message(error, "Hierarchy");

    private async Task<NodeViewModel> NodeModel(
        Node node, string? newName = null, string? childName = null, (string Key, string Message)? error = null)
    {
        if (error is { } e)
            ModelState.AddModelError(e.Key, e.Message);
        return new NodeViewModel
        {
            Node = node,
            Lineage = await nodes.GetLineageAsync(node.Id),
            Children = await nodes.GetChildrenAsync(node.Id, includeRetired: true),
            IsScopeRoot = node.Id == me.ScopeNodeId,
            NewName = newName ?? node.Name,
            ChildName = childName,
        };
    }

    private async Task<MoveViewModel> MoveModel(Node node)
    {
        var parentLevel = node.Level - 1;
        var known = new Dictionary<long, Node>();
        for (var level = NodeLevel.City; level <= parentLevel; level++)
            foreach (var n in await nodes.ListByLevelAsync(me.ScopePath, level))
                known[n.Id] = n;
        var candidates = known.Values
            .Where(n => n.Level == parentLevel && n.Id != node.ParentId)
            .Select(n => (n, HierarchyTree.Label(n, known, me.ScopeNodeId)))
            .OrderBy(c => c.Item2, StringComparer.Ordinal)
            .ToList();
        return new MoveViewModel { Node = node, Lineage = await nodes.GetLineageAsync(node.Id), Candidates = candidates };
    }

    private async Task<ConfirmViewModel> ConfirmModel(Node node, bool withHistory = false) => new()
    {
        Node = node,
        Lineage = await nodes.GetLineageAsync(node.Id),
        HasHistory = withHistory && await nodes.HasHistoryAsync(node.Id),
    };
}
