using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Documents.Pdf.Notices;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Accountability;

/// <summary>
/// 追责 (issue 16, P5/P11): /accountability lists the cases in the reader's scope (the bureau and the office read all of
/// theirs, a sub-district officer its own); the office (admin) opens a case, also from a 督办 that reached 追责
/// (/accountability/new?orderId=…, "立案"); a 通报批评 prints as a one-page PDF. Rules: Core's <see cref="AccountabilityService"/>.
/// </summary>
[Route("accountability")]
public sealed class AccountabilityController(
    AccountabilityService service, IAccountabilityRepository cases, ISupervisionOrderRepository orders, INodeRepository nodes,
    CurrentUser me, ScopeGuard guard, PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>Deciding on accountability is the leading-group office's (P11).</summary>
    public static bool CanDecide(Role role) => role == Role.Admin;

    /// <summary>The office and the bureau read every case of their scope; a sub-district officer those of its own units.</summary>
    public static bool CanRead(Role role) => role is Role.Admin or Role.BureauReviewer or Role.SubDistrictOfficer;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!CanRead(me.Role))
            return Forbid();
        return View(new AccountabilityListViewModel(await cases.ListAsync(me.ScopePath), CanDecide(me.Role)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(long? unitId, long? orderId)
    {
        if (!CanDecide(me.Role))
            return Forbid();
        var form = new AccountabilityForm { DecidedOn = clock.Today, DecidedBy = l["Accountability.DefaultDecidedBy"] };
        if (orderId is { } id)
        {
            var order = await orders.GetByIdAsync(id);
            if (order is null || await guard.ReadableNodeAsync(order.SubDistrictId) is null)
                return NotFound();
            (unitId, form.OrderIds) = (order.SubDistrictId, [id]);
            form.Reason = l["Accountability.ReasonFromOrder", order.SubDistrictName, order.Reason, order.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""];
        }
        if (unitId is not { } unit)
            return View("PickUnit", await UnitsAsync());
        form.UnitNodeId = unit;
        return await FormAsync(form, [], StatusCodes.Status200OK);
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(AccountabilityForm form)
    {
        if (!CanDecide(me.Role))
            return Forbid();
        if (await guard.ReadableNodeAsync(form.UnitNodeId) is null)
            return NotFound();
        var result = await service.CreateAsync(form.ToDraft(), clock.Today, me.Change());
        if (!result.Succeeded)
            return await FormAsync(form, result.Errors.Select(e => l.Message(e, "Accountability")).ToList(), StatusCodes.Status422UnprocessableEntity);
        TempData.Flash(l["Accountability.Created"]);
        return Redirect($"/accountability/{result.Value}");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        var (found, refused) = await ReadAsync(id);
        return refused ?? View("Detail", found!);
    }

    /// <summary>The 通报 of a 通报批评; any other decision has none (404).</summary>
    [HttpGet("{id:long}/notice.pdf")]
    public async Task<IActionResult> Notice(long id)
    {
        var (found, refused) = await ReadAsync(id);
        if (refused is not null)
            return refused;
        if (found is not { IsPublicCriticism: true, IssueYear: { } year, IssueNo: { } no })
            return NotFound();
        // The 通报 is a Chinese document whatever language the reader has chosen.
        var reader = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        List<string> grounds;
        try
        {
            grounds = found.Grounds.Select(g => AccountabilityWords.Ground(g, l)).ToList();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = reader;
        }
        var data = new CriticismNoticeData(found.UnitName, found.PersonName, found.PersonPost, found.Reason, grounds, found.DecidedBy,
            found.DecidedOn, year, no, clock.LocalNow);
        return File(CriticismNotice.Render(data), "application/pdf", CriticismNotice.FileName(data));
    }

    /// <summary>Missing, out of scope: 404. A role that reads no cases: 403.</summary>
    private async Task<(AccountabilityCase? Case, IActionResult? Refused)> ReadAsync(long id)
    {
        var found = await cases.GetByIdAsync(id);
        return (found, this.Refusal(guard.ToRead(found?.UnitPath, CanRead)));
    }

    private async Task<IActionResult> FormAsync(AccountabilityForm form, IReadOnlyList<string> errors, int status)
    {
        var offered = await service.GroundsAsync(form.UnitNodeId, clock.Today);
        var unit = await guard.ReadableNodeAsync(form.UnitNodeId);
        if (offered is null || unit is null)
            return NotFound();
        Response.StatusCode = status;
        return View("New", new AccountabilityNewViewModel(form, unit, offered, errors));
    }

    private async Task<IReadOnlyList<Node>> UnitsAsync()
    {
        var units = new List<Node>(await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict));
        units.AddRange(await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.Community));
        return units.OrderBy(n => n.Path, StringComparer.Ordinal).ToList();
    }
}
