using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Robots;

public sealed record RobotLine(Node Node, RobotWebhook? Robot);

public sealed record RobotListViewModel(IReadOnlyList<RobotLine> Lines, IReadOnlyList<WebhookDelivery> Deliveries, IReadOnlyDictionary<long, string> NodeNames, PortalClock Clock);

public sealed class RobotEditViewModel
{
    public required Node Node { get; init; }
    public RobotWebhook? Current { get; init; }
    public RobotKind? Kind { get; set; }
}

/// <summary>
/// 群机器人: the admin sets, per node of its scope (city, district, sub-district), the group robot that notices are also
/// posted to. Admin only; a node outside the scope is 404. The address is shown masked and the secret never: a blank
/// secret keeps the stored one. Every change is audited by Core's <see cref="RobotWebhookService"/>.
/// </summary>
[Route("robots")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class RobotsController(
    IRobotWebhookRepository robots, IWebhookOutbox outbox, RobotWebhookService service, INodeRepository nodes, ScopeGuard guard, CurrentUser me,
    PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    public const int DeliveriesShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var set = (await robots.ListAsync(me.ScopePath)).ToDictionary(r => r.NodeId);
        var shown = new List<Node>();
        foreach (var level in new[] { NodeLevel.City, NodeLevel.District, NodeLevel.SubDistrict })
            shown.AddRange(await nodes.ListByLevelAsync(me.ScopePath, level));
        var lines = shown.OrderBy(n => n.Path, StringComparer.Ordinal).Select(n => new RobotLine(n, set.GetValueOrDefault(n.Id))).ToList();
        var names = shown.ToDictionary(n => n.Id, n => n.Name);
        return View(new RobotListViewModel(lines, await outbox.ListRecentAsync(me.ScopePath, DeliveriesShown), names, clock));
    }

    [HttpGet("{nodeId:long}")]
    public async Task<IActionResult> Edit(long nodeId)
    {
        if (await RobotNodeAsync(nodeId) is not { } node)
            return NotFound();
        var current = await robots.GetAsync(nodeId);
        return View("Edit", new RobotEditViewModel { Node = node, Current = current, Kind = current?.Kind ?? RobotKind.DingTalk });
    }

    [HttpPost("{nodeId:long}")]
    public async Task<IActionResult> Edit(long nodeId, RobotKind? kind, string? url, string? secret)
    {
        if (await RobotNodeAsync(nodeId) is not { } node)
            return NotFound();
        var result = await service.SetAsync(nodeId, kind, url, secret, me.Change());
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field, l.Message(error, "Robots"));
            return View("Edit", new RobotEditViewModel { Node = node, Current = await robots.GetAsync(nodeId), Kind = kind });
        }
        TempData.Flash(l["Robots.Saved", node.Name]);
        return Redirect("/robots");
    }

    [HttpPost("{nodeId:long}/clear")]
    public async Task<IActionResult> Clear(long nodeId)
    {
        if (await RobotNodeAsync(nodeId) is not { } node)
            return NotFound();
        await service.ClearAsync(nodeId, me.Change());
        TempData.Flash(l["Robots.Cleared", node.Name]);
        return Redirect("/robots");
    }

    /// <summary>A node of the scope at a level notices are raised for (sub-district and above); anything else looks missing.</summary>
    private async Task<Node?> RobotNodeAsync(long nodeId) =>
        await guard.ReadableNodeAsync(nodeId) is { Level: NodeLevel.City or NodeLevel.District or NodeLevel.SubDistrict } node ? node : null;
}
