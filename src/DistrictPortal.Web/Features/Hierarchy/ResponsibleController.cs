using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Hierarchy;

/// <summary>The form a node's 第一责任人 is named on (issue 16 item 5); an admin's, like the rest of the hierarchy.</summary>
public sealed class ResponsibleViewModel
{
    public required Node Node { get; init; }
    public required IReadOnlyList<Node> Lineage { get; init; }
    public NodeResponsible? Current { get; init; }
    public string? Name { get; init; }
    public string? Post { get; init; }
    public string? Phone { get; init; }
}

/// <summary>Sets or clears a district's, sub-district's or community's responsible person; every change audited by Core.</summary>
[Route("hierarchy/{id:long}/responsible")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class ResponsibleController(
    INodeRepository nodes, INodeResponsibleRepository responsibles, ResponsibleService service, CurrentUser me, ScopeGuard guard,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(long id)
    {
        if (await guard.ReadableNodeAsync(id) is not { } node || !ResponsibleService.HasResponsible(node.Level))
            return NotFound();
        var current = await responsibles.GetAsync(id);
        return View("Responsible", await Model(node, current?.Name, current?.Post, current?.Phone));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(long id, string? name, string? post, string? phone)
    {
        var node = await nodes.GetByIdAsync(id);
        if (this.Refusal(guard.ToWrite(node?.Path, Permissions.CanManageHierarchy)) is { } refused)
            return refused;
        if (!ResponsibleService.HasResponsible(node!.Level))
            return NotFound();
        var result = await service.SetAsync(id, name, post, phone, me.Change());
        if (!result.Succeeded)
        {
            // Each refusal is shown at its own field, named ("请填写电话。").
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field.ToLowerInvariant(), l.Message(error, "Responsible"));
            return View("Responsible", await Model(node, name, post, phone));
        }
        TempData.Flash(l["Responsible.Saved", node.Name]);
        return Redirect($"/hierarchy/{id}");
    }

    [HttpPost("clear")]
    public async Task<IActionResult> Clear(long id)
    {
        var node = await nodes.GetByIdAsync(id);
        if (this.Refusal(guard.ToWrite(node?.Path, Permissions.CanManageHierarchy)) is { } refused)
            return refused;
        await service.ClearAsync(id, me.Change());
        TempData.Flash(l["Responsible.Cleared", node!.Name]);
        return Redirect($"/hierarchy/{id}");
    }

    private async Task<ResponsibleViewModel> Model(Node node, string? name, string? post, string? phone) => new()
    {
        Node = node,
        Lineage = await nodes.GetLineageAsync(node.Id),
        Current = await responsibles.GetAsync(node.Id),
        Name = name,
        Post = post,
        Phone = phone,
    };
}
