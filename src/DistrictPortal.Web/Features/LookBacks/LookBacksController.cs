using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Features.LookBacks;

/// <summary>
/// 回头看 (P11, issue 16): the scope's list of struck-off estates by look-back state (/lookbacks) and one estate's
/// look-backs with the form to record one (/lookbacks/{estateId}). The rules (provisional, due, overdue, relapse) are
/// Core's <see cref="LookBackSchedule"/> and <see cref="LookBackService"/>; this checks role and scope (outside it, 404).
/// </summary>
[Route("lookbacks")]
public sealed class LookBacksController(
    ILookBackRepository lookBacks, IEstateRepository estates, LookBackService service, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IOptions<LookBackOptions> options, IStringLocalizer<SharedResource> l) : Controller
{
    public const int PageSize = 50;

    private LookBackSettings Settings => options.Value.Settings;

    [HttpGet("")]
    public async Task<IActionResult> Index(LookBackView view = LookBackView.First, string? sort = null, int page = 1)
    {
        if (!Enum.IsDefined(view))
            view = LookBackView.First;
        var today = clock.Today;
        var struck = await lookBacks.ListStruckOffInScopeAsync(me.ScopePath);
        var all = await lookBacks.ListInScopeAsync(me.ScopePath);
        var lines = LookBackBoard.Lines(struck, all, today, Settings);
        var parts = new Dictionary<LookBackView, List<LookBackLine>>
        {
            [LookBackView.First] = lines.Where(x => x.State.Stage == LookBackStage.Provisional && !x.State.IsOverdue).ToList(),
            [LookBackView.Second] = lines.Where(x => x.State is { Stage: LookBackStage.AwaitingSecond, IsDue: true, IsOverdue: false }).ToList(),
            [LookBackView.Overdue] = lines.Where(x => x.State.IsOverdue).ToList(),
        };
        var counts = parts.ToDictionary(p => p.Key, p => p.Value.Count);
        counts[LookBackView.Recent] = all.Count;
        var sortKey = sort is "name" or "subdistrict" ? sort : "due";
        var shown = view == LookBackView.Recent ? [] : Sorted(parts[view], sortKey);
        var total = view == LookBackView.Recent ? all.Count : shown.Count;
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(Paging.Page(page), 1, pageCount);
        return View("Index", new LookBackListModel(view, sortKey,
            shown.Skip((current - 1) * PageSize).Take(PageSize).ToList(),
            view == LookBackView.Recent ? all.Skip((current - 1) * PageSize).Take(PageSize).ToList() : [],
            current, pageCount, total, counts, LookBackBoard.Total(struck, all, today, Settings), Settings, today));
    }

    [HttpGet("{estateId:long}")]
    public async Task<IActionResult> Estate(long estateId)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (estate is null || estate.IsRetired || !guard.Contains(estate.Path))
            return NotFound();
        return View("Estate", await ModelAsync(estate, new LookBackForm { Date = clock.Today, By = LookBackPermissions.DefaultBy(me.Role), Passed = true }, []));
    }

    [HttpPost("{estateId:long}")]
    public async Task<IActionResult> Record(long estateId, LookBackForm form)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (estate is null || estate.IsRetired || !guard.Contains(estate.Path))
            return NotFound();
        if (!LookBackPermissions.CanRecord(me.Role))
            return Forbid();
        var result = await service.RecordAsync(estate.Id, estate.Path, form.ToInput(), clock.Today, me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Estate", await ModelAsync(estate, form, result.Errors.Select(e => l.Message(e, "LookBacks")).ToList()));
        }
        TempData.Flash(form.Passed == true ? l["LookBacks.Recorded.Passed", estate.Name] : l["LookBacks.Recorded.Relapsed", estate.Name]);
        return Redirect($"/lookbacks/{estate.Id}");
    }

    private async Task<LookBackEstateModel> ModelAsync(Estate estate, LookBackForm form, IReadOnlyList<string> errors)
    {
        var history = await lookBacks.ListByEstateAsync(estate.Id);
        var struck = (await lookBacks.ListStruckOffInScopeAsync(estate.Path)).FirstOrDefault(e => e.EstateId == estate.Id);
        var today = clock.Today;
        var state = LookBackSchedule.For(struck?.StruckOffDate, history, today, Settings);
        return new LookBackEstateModel(estate, struck, state, history,
            LookBackPermissions.CanRecord(me.Role) && struck is not null, form, errors, Settings, today);
    }

    private static List<LookBackLine> Sorted(List<LookBackLine> lines, string sort) => sort switch
    {
        "name" => lines.OrderBy(x => NameKey.Of(x.Estate.EstateName), StringComparer.Ordinal).ThenBy(x => x.Estate.EstateId).ToList(),
        "subdistrict" => lines.OrderBy(x => NameKey.Of(x.Estate.SubDistrictName), StringComparer.Ordinal).ThenBy(x => x.State.DueDate).ThenBy(x => x.Estate.EstateId).ToList(),
        _ => lines.OrderBy(x => x.State.DueDate).ThenBy(x => x.Estate.EstateId).ToList(),
    };
}
