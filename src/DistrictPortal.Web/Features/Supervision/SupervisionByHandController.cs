using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Features.Attachments;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Supervision;

public sealed class SupervisionNewForm
{
    public long SubDistrictId { get; set; }
    public SupervisionSubject SubjectKind { get; set; } = SupervisionSubject.SubDistrict;
    public long? SubjectId { get; set; }
    public string? Reason { get; set; }
    public string? RequiredAction { get; set; }
    public DateOnly? Deadline { get; set; }
}

public sealed class SupervisionNewViewModel
{
    public required SupervisionNewForm Form { get; init; }
    public required IReadOnlyList<Node> SubDistricts { get; init; }
    /// <summary>The estate or return the order is about, named, when the form was opened from one.</summary>
    public string? SubjectLabel { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
}

/// <summary>
/// 督办 by hand (issue 16): the office raises an order on a sub-district, an estate or a return with a deadline
/// (/supervision/new, opened from the estate or return page with its id); the sub-district answers; the office sends an
/// answer back (closing stays on <see cref="SupervisionController"/>). Rules are Core's <see cref="SupervisionService"/>.
/// </summary>
[Route("supervision")]
public sealed class SupervisionByHandController(
    SupervisionService supervision, ISupervisionOrderRepository orders, INodeRepository nodes, IEstateRepository estates,
    IWeeklyReturnRepository returns, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>Raising and sending back are the leading-group office's (P11).</summary>
    public static bool CanRaise(Role role) => role == Role.Admin;

    public static bool CanAnswer(Role role, SupervisionOrder order) =>
        AttachmentOwners.MayAnswerOrders(role) && order.IsOpen && order.Status != SupervisionStatus.Answered;

    public static bool CanSendBack(Role role, SupervisionOrder order) =>
        CanRaise(role) && order.IsOpen && order.Status == SupervisionStatus.Answered;

    [HttpGet("new")]
    public async Task<IActionResult> New(long? subDistrictId, long? estateId, long? returnId)
    {
        if (!CanRaise(me.Role))
            return Forbid();
        var form = new SupervisionNewForm { SubDistrictId = subDistrictId ?? 0, Deadline = Today().AddDays(14) };
        if (estateId is { } e)
            (form.SubjectKind, form.SubjectId) = (SupervisionSubject.Estate, e);
        else if (returnId is { } r)
            (form.SubjectKind, form.SubjectId) = (SupervisionSubject.Return, r);
        var (subject, label) = await SubjectAsync(form);
        if (form.SubjectKind != SupervisionSubject.SubDistrict && subject is null)
            return NotFound();
        if (subject is not null)
            form.SubDistrictId = subject.Value;
        return View("New", await ModelAsync(form, label, []));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(SupervisionNewForm form)
    {
        if (!CanRaise(me.Role))
            return Forbid();
        var (subDistrictId, label) = await SubjectAsync(form);
        if (subDistrictId is null)
            return NotFound();
        var order = new SupervisionOrder
        {
            SubDistrictId = subDistrictId.Value, SubjectKind = form.SubjectKind, SubjectId = form.SubjectId, Reason = form.Reason ?? "",
            RequiredAction = form.RequiredAction, Deadline = form.Deadline,
        };
        var result = await supervision.RaiseByHandAsync(order, Today(), me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("New", await ModelAsync(form, label, result.Errors.Select(e => l.Message(e, "Supervision")).ToList()));
        }
        // Core's RaiseByHandAsync has told the sub-district (inbox, mail, group robots).
        var subDistrict = (await nodes.GetByIdAsync(order.SubDistrictId))!;
        TempData.Flash(l["Supervision.Hand.Raised", subDistrict.Name]);
        return Redirect($"/supervision/{result.Value}");
    }

    [HttpPost("{id:long}/answer")]
    public Task<IActionResult> Answer(long id, string? answer, long version) =>
        ChangeAsync(id, role => AttachmentOwners.MayAnswerOrders(role), () => supervision.AnswerAsync(id, answer, version, me.Change()), "Supervision.Hand.Answered");

    [HttpPost("{id:long}/send-back")]
    public Task<IActionResult> SendBack(long id, string? reason, long version) =>
        ChangeAsync(id, CanRaise, () => supervision.SendBackAsync(id, reason, version, me.Change()), "Supervision.Hand.SentBack");

    private async Task<IActionResult> ChangeAsync(long id, Func<Role, bool> permission, Func<Task<DomainResult>> change, string done)
    {
        var order = await orders.GetByIdAsync(id);
        var node = order is null ? null : await nodes.GetByIdAsync(order.SubDistrictId);
        if (this.Refusal(guard.ToWrite(node?.Path, permission)) is { } refused)
            return refused;
        try
        {
            var result = await change();
            TempData.Flash(result.Succeeded ? l[done, node!.Name] : string.Join(" ", result.Errors.Select(e => l.Message(e, "Supervision"))));
        }
        catch (ConcurrencyConflictException)
        {
            TempData.Flash(l["Supervision.Hand.Conflict"]);
        }
        return Redirect($"/supervision/{id}");
    }

    /// <summary>The sub-district the form's subject lies in, when the user's scope holds it; null otherwise (404).</summary>
    private async Task<(long? SubDistrictId, string? Label)> SubjectAsync(SupervisionNewForm form)
    {
        switch (form.SubjectKind)
        {
            case SupervisionSubject.Estate when form.SubjectId is { } estateId:
                var estate = await estates.GetByIdAsync(estateId);
                return estate is { IsRetired: false } && guard.Contains(estate.Path) ? (estate.SubDistrictId, estate.Name) : (null, null);
            case SupervisionSubject.Return when form.SubjectId is { } returnId:
                var weekly = await returns.GetByIdAsync(returnId);
                var node = weekly is null ? null : await guard.ReadableNodeAsync(weekly.SubDistrictId);
                return node is null ? (null, null) : (node.Id, l["Supervision.Hand.ReturnLabel", node.Name, weekly!.WeekEnding.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
            case SupervisionSubject.SubDistrict:
                if (form.SubDistrictId == 0)
                    return (0, null); // the form's select: Core refuses a missing sub-district
                return await guard.ReadableNodeAsync(form.SubDistrictId) is { } sub ? (sub.Id, null) : (null, null);
            default:
                return (null, null);
        }
    }

    private async Task<SupervisionNewViewModel> ModelAsync(SupervisionNewForm form, string? label, IReadOnlyList<string> errors) => new()
    {
        Form = form,
        SubDistricts = await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict),
        SubjectLabel = label,
        Errors = errors,
    };

    private DateOnly Today() => DateOnly.FromDateTime(clock.LocalNow.DateTime);
}
