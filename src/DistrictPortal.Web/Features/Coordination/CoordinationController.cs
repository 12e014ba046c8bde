using DistrictPortal.Core.Common;
using DistrictPortal.Core.Coordination;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Features.Exports;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Coordination;

/// <summary>
/// 需区级协调事项 (issue 16, item 7): /coordination lists the items of the reader's scope (open first) and, for the office,
/// the asks of accepted returns not yet taken in; the office takes an ask in, assigns it to a member unit, records the
/// unit's replies and closes it with the last one. Everyone reads inside their scope; only the office (admin) writes.
/// Rules: Core's <see cref="CoordinationService"/>; the member units are kept on /coordination/units.
/// </summary>
[Route("coordination")]
public sealed partial class CoordinationController(
    CoordinationService service, ICoordinationRepository store, INodeRepository nodes, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>Taking asks in, assigning units and recording replies are the leading-group office's (P11 区级协调).</summary>
    public static bool CanManage(Role role) => role == Role.Admin;

    [HttpGet("")]
    public async Task<IActionResult> Index(CoordinationStatus? status)
    {
        var items = await store.ListItemsAsync(me.ScopePath);
        var asks = CanManage(me.Role) ? CoordinationService.Pending(await store.ListAsksAsync(me.ScopePath), items) : [];
        var shown = status is { } s && Enum.IsDefined(s) ? items.Where(i => i.Status == s).ToList() : items;
        return View(new CoordinationListViewModel(shown, asks, status, CanManage(me.Role), clock));
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(CoordinationStatus? status)
    {
        var items = await store.ListItemsAsync(me.ScopePath);
        var shown = status is { } s && Enum.IsDefined(s) ? items.Where(i => i.Status == s).ToList() : items;
        return Xlsx.File(CoordinationExport.Table(shown, me.ScopeName, clock.Today, l));
    }

    [HttpPost("take-in")]
    public async Task<IActionResult> TakeIn(long weeklyReturnId, long estateId)
    {
        if (!CanManage(me.Role))
            return Forbid();
        var pending = CoordinationService.Pending(await store.ListAsksAsync(me.ScopePath), await store.ListItemsAsync(me.ScopePath));
        if (pending.FirstOrDefault(a => a.WeeklyReturnId == weeklyReturnId && a.EstateId == estateId) is not { } ask)
            return NotFound();
        try
        {
            var id = await service.TakeInAsync(ask, me.Change());
            TempData.Flash(l["Coordination.TakenIn", ask.EstateName]);
            return Redirect($"/coordination/{id}");
        }
        catch (DuplicateNameException)
        {
            TempData.Flash(l["Coordination.AlreadyTakenIn", ask.EstateName]);
            return Redirect("/coordination");
        }
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        var item = await store.GetItemAsync(id);
        var node = item is null ? null : await nodes.GetByIdAsync(item.SubDistrictId);
        if (this.Refusal(guard.ToRead(node?.Path)) is { } refused)
            return refused;
        var units = CanManage(me.Role) ? (await store.ListUnitsAsync()).Where(u => !u.IsRetired).ToList() : [];
        return View("Detail", new CoordinationDetailViewModel(item!, units, CanManage(me.Role), clock));
    }

    [HttpPost("{id:long}/assign")]
    public Task<IActionResult> Assign(long id, long? unitId, long version) =>
        ChangeAsync(id, () => service.AssignAsync(id, unitId, version, me.Change()), "Coordination.Assigned");

    [HttpPost("{id:long}/reply")]
    public Task<IActionResult> Reply(long id, string? text, DateOnly? repliedOn, bool closes, long version) =>
        ChangeAsync(id, () => service.ReplyAsync(id, text, repliedOn, closes, clock.Today, version, me.Change()), closes ? "Coordination.Closed" : "Coordination.Replied");

    /// <summary>Out of scope or missing: 404; not the office: 403. A refusal is flashed naming the field; a conflict asks to look again.</summary>
    private async Task<IActionResult> ChangeAsync(long id, Func<Task<DomainResult>> change, string done)
    {
        var item = await store.GetItemAsync(id);
        var node = item is null ? null : await nodes.GetByIdAsync(item.SubDistrictId);
        if (this.Refusal(guard.ToWrite(node?.Path, CanManage)) is { } refused)
            return refused;
        try
        {
            var result = await change();
            TempData.Flash(result.Succeeded ? l[done, item!.EstateName] : string.Join(" ", result.Errors.Select(e => l.Message(e, "Coordination"))));
        }
        catch (ConcurrencyConflictException)
        {
            TempData.Flash(l["Coordination.Conflict"]);
        }
        return Redirect($"/coordination/{id}");
    }
}
