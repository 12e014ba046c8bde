using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Supervision;

public sealed record SupervisionListViewModel(IReadOnlyList<SupervisionOrder> Orders, bool OpenOnly, PortalClock Clock);

public sealed class SupervisionDetailViewModel
{
    public required SupervisionOrder Order { get; init; }
    public required PortalClock Clock { get; init; }
    public required bool CanClose { get; init; }
    public string? Note { get; set; }
    public bool Conflict { get; set; }
}

/// <summary>
/// 督办: the supervision orders raised on sub-districts that missed or were late two weeks in a row. Everyone reads
/// the orders inside their scope (a sub-district officer its own); only the district office (admin) closes one out.
/// </summary>
[Route("supervision")]
public sealed class SupervisionController(
    ISupervisionOrderRepository orders, SupervisionService supervision, INodeRepository nodes, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const int MaxNoteLength = SupervisionService.MaxNoteLength;

    /// <summary>Closing an order is the leading-group office's decision (P11); Core's Permissions has no rule for it yet.</summary>
    public static bool CanClose(Role role) => role == Role.Admin;

    [HttpGet("")]
    public async Task<IActionResult> Index(bool open = false) =>
        View(new SupervisionListViewModel(await orders.ListAsync(me.ScopePath, open), open, clock));

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        var (order, refused) = await ReadAsync(id);
        return refused ?? View("Detail", Model(order!));
    }

    [HttpGet("{id:long}/close")]
    public async Task<IActionResult> Close(long id)
    {
        var (order, refused) = await ReadAsync(id, CanClose);
        if (refused is not null)
            return refused;
        return order!.IsOpen ? View("Close", Model(order)) : Redirect($"/supervision/{id}");
    }

    [HttpPost("{id:long}/close")]
    public async Task<IActionResult> Close(long id, string? note, long version)
    {
        var order = await orders.GetByIdAsync(id);
        var node = order is null ? null : await nodes.GetByIdAsync(order.SubDistrictId);
        if (this.Refusal(guard.ToWrite(node?.Path, CanClose)) is { } refused)
            return refused;
        var model = Model(order!);
        model.Note = note;
        if (!order!.IsOpen)
        {
            TempData.Flash(l["Supervision.AlreadyClosed"]);
            return Redirect($"/supervision/{id}");
        }
        try
        {
            var result = await supervision.CloseAsync(id, note, version, me.Change());
            if (!result.Succeeded)
            {
                ModelState.AddModelError("note", l.Message(result.Errors[0], "Supervision"));
                return View("Close", model);
            }
        }
        catch (ConcurrencyConflictException)
        {
            model.Conflict = true;
            return View("Close", model);
        }
        TempData.Flash(l["Supervision.Closed", order.SubDistrictName]);
        return Redirect($"/supervision/{id}");
    }

    /// <summary>The order when its sub-district lies in the user's scope: missing and out of scope are both 404.</summary>
    private async Task<(SupervisionOrder? Order, IActionResult? Refused)> ReadAsync(long id, Func<Role, bool>? permission = null)
    {
        var order = await orders.GetByIdAsync(id);
        var node = order is null ? null : await nodes.GetByIdAsync(order.SubDistrictId);
        return (order, this.Refusal(guard.ToRead(node?.Path, permission)));
    }

    private SupervisionDetailViewModel Model(SupervisionOrder order) =>
        new() { Order = order, Clock = clock, CanClose = CanClose(me.Role) && order.IsOpen };
}
