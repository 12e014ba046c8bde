using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Features.Exports;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Inspections;

/// <summary>
/// 服务质量检查 (issue 20 item 5): /inspections shows the scope's estates by their newest inspection (met or not, per
/// standard) or the standards met by sub-district, by enterprise (current contract) or by package, with the share
/// meeting all (live), filters, paging and Excel;
/// /inspections/{estateId} an estate's inspections and the form to record one. Verdicts are Core's
/// (<see cref="StandardsService"/>, <see cref="StandardsBoard"/>); this checks role and scope (outside it, 404).
/// </summary>
[Route("inspections")]
public sealed class InspectionsController(
    StandardsService service, IInspectionRepository inspections, IEstateRepository estates, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IStringLocalizer<SharedResource> l, InspectionGroupings groupings) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(InspectionView view = InspectionView.Estates, long? subDistrict = null, bool? meetsAll = null, int page = 1) =>
        View("Index", await ListAsync(view, subDistrict, meetsAll, page, PageSize));

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(InspectionView view = InspectionView.Estates, long? subDistrict = null, bool? meetsAll = null) =>
        Xlsx.File(InspectionExport.Table(await ListAsync(view, subDistrict, meetsAll, 1, int.MaxValue), me.ScopeName, l));

    [HttpGet("{estateId:long}")]
    public async Task<IActionResult> Estate(long estateId)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (estate is null || estate.IsRetired || !guard.Contains(estate.Path))
            return NotFound();
        return View("Estate", await ModelAsync(estate, new InspectionForm { Date = clock.Today }, []));
    }

    [HttpPost("{estateId:long}")]
    public async Task<IActionResult> Record(long estateId, InspectionForm form)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (estate is null || estate.IsRetired || !guard.Contains(estate.Path))
            return NotFound();
        if (!InspectionPermissions.CanRecord(me.Role))
            return Forbid();
        var result = await service.RecordAsync(estate, form.ToInput(), clock.Today, me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Estate", await ModelAsync(estate, form, result.Errors.Select(e => l.Message(e, "Inspections")).ToList()));
        }
        var stored = (await inspections.ListByEstateAsync(estate.Id)).First(i => i.Id == result.Value);
        TempData.Flash(stored.MeetsAll ? l["Inspections.Recorded.MeetsAll", estate.Name] : l["Inspections.Recorded.NotAll", estate.Name, stored.Values.Count(v => !v.Met)]);
        return Redirect($"/inspections/{estate.Id}");
    }

    private async Task<InspectionListModel> ListAsync(InspectionView view, long? subDistrict, bool? meetsAll, int page, int pageSize)
    {
        if (!Enum.IsDefined(view))
            view = InspectionView.Estates;
        var latest = await inspections.ListLatestInScopeAsync(me.ScopePath);
        var standards = await service.ListAsync();
        var subDistricts = latest.Select(i => (i.SubDistrictId, i.SubDistrictName)).Distinct().ToList();
        var shown = latest.Where(i => (subDistrict is not { } s || i.SubDistrictId == s) && (meetsAll is not { } m || i.MeetsAll == m)).ToList();
        var values = shown.Count == 0 ? [] : await inspections.ListLatestValuesInScopeAsync(me.ScopePath);
        var byInspection = values.ToLookup(v => v.InspectionId);
        foreach (var i in shown)
            i.Values = byInspection[i.Id].ToList();
        var groups = view == InspectionView.Estates ? []
            : StandardsBoard.ByGroup(shown, values, standards, await groupings.ForAsync(view, me.ScopePath, clock.Today));
        var total = view == InspectionView.Estates ? shown.Count : groups.Count;
        var pageCount = Math.Max(1, (int)Math.Min(int.MaxValue, ((long)total + pageSize - 1) / pageSize));
        var current = Math.Clamp(Paging.Page(page), 1, pageCount);
        var skip = (current - 1) * (long)pageSize;
        return new InspectionListModel(view, subDistrict, meetsAll, current, pageCount, total,
            view == InspectionView.Estates ? [.. shown.Skip((int)skip).Take(pageSize)] : [],
            [.. groups.Skip((int)skip).Take(pageSize)], standards, subDistricts, StandardsBoard.Share(shown), clock.Today);
    }

    private async Task<InspectionEstateModel> ModelAsync(Estate estate, InspectionForm form, IReadOnlyList<string> errors)
    {
        var standards = await service.ListAsync();
        var applicable = StandardsService.Applicable(standards, estate.Mode);
        return new InspectionEstateModel(estate, applicable, standards, await inspections.ListByEstateAsync(estate.Id),
            InspectionPermissions.CanRecord(me.Role) && applicable.Count > 0, form, errors, clock.Today);
    }
}
