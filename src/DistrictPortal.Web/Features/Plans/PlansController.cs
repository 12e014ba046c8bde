using System.Globalization;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Plans;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>
/// 全覆盖计划 at /plans/{subDistrictId}: the sub-district's officer sets each listed estate's planned mode and date (one
/// row at a time or one date for the ticked rows); the bureau, the office and anyone whose scope holds the sub-district
/// read it; outside that scope every address answers 404. Overdue estates are listed first; the workbook is the table.
/// </summary>
[Route("plans/{subDistrictId:long}")]
public sealed class PlansController(
    PlanPage page, PlanService service, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long subDistrictId) =>
        await LoadAsync(subDistrictId) is { } model ? View("Plan", model) : NotFound();

    /// <summary>Saves every row's mode and date as the form holds them; a bad row is named, nothing is written.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Save(long subDistrictId)
    {
        if (await LoadAsync(subDistrictId) is not { } model)
            return NotFound();
        if (!model.CanEdit)
            return Forbid();
        var changes = new List<PlanChange>();
        var typed = new Dictionary<long, (string, string)>();
        foreach (var line in model.Lines)
        {
            var mode = Form($"mode.{line.EstateId}");
            var date = Form($"date.{line.EstateId}");
            typed[line.EstateId] = (mode, date);
            if (ParseRow(line, mode, date) is { } change)
                changes.Add(change);
        }
        return await WriteAsync(model, changes, typed);
    }

    /// <summary>One planned date (and, if chosen, one mode) for every ticked row; the other rows keep theirs.</summary>
    [HttpPost("bulk")]
    public async Task<IActionResult> Bulk(long subDistrictId, long[]? tick, string? bulkDate, string? bulkMode)
    {
        if (await LoadAsync(subDistrictId) is not { } model)
            return NotFound();
        if (!model.CanEdit)
            return Forbid();
        var ticked = (tick ?? []).ToHashSet();
        if (ticked.Count == 0)
            ModelState.AddModelError("tick", l["Plans.NothingTicked"]);
        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(bulkDate))
            ModelState.AddModelError("bulkDate", l["Validation.Required", l["Plans.Field.PlannedDate"]]);
        else if (!DateOnly.TryParseExact(bulkDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            ModelState.AddModelError("bulkDate", l["Plans.BadDate", l["Plans.Field.PlannedDate"], bulkDate]);
        else
            date = parsed;
        ManagementMode? mode = null;
        if (!string.IsNullOrWhiteSpace(bulkMode))
        {
            if (int.TryParse(bulkMode, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && Enum.IsDefined((ManagementMode)m))
                mode = (ManagementMode)m;
            else
                ModelState.AddModelError("bulkMode", l["Validation.Invalid", l["Plans.Field.PlannedMode"]]);
        }
        // A ticked id not on the list goes to Core, which names it (NotOnList).
        var changes = ticked.Select(id => model.Lines.FirstOrDefault(x => x.EstateId == id) is { } line
            ? new PlanChange(id, mode ?? line.PlannedMode, date)
            : new PlanChange(id, mode ?? ManagementMode.None, date)).ToList();
        return await WriteAsync(model, changes, new Dictionary<long, (string, string)>());
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(long subDistrictId)
    {
        if (await LoadAsync(subDistrictId) is not { } model)
            return NotFound();
        var table = PlanExport.Table(model, l);
        return File(Documents.Excel.TableWorkbookWriter.ToBytes(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", table.FileName);
    }

    private async Task<IActionResult> WriteAsync(PlanPageModel model, IReadOnlyList<PlanChange> changes, IReadOnlyDictionary<long, (string, string)> typed)
    {
        if (ModelState.IsValid)
        {
            var result = await service.SaveAsync(model.Campaign, model.SubDistrict.Id, changes, me.Change());
            if (result.Succeeded)
            {
                TempData.Flash(l["Plans.Saved"]);
                return Redirect($"/plans/{model.SubDistrict.Id}");
            }
            foreach (var error in result.Errors)
                ModelState.AddModelError("", PlanMessages.Message(l, error));
        }
        return View("Plan", new PlanPageModel
        {
            SubDistrict = model.SubDistrict, Campaign = model.Campaign, Phases = model.Phases, Lines = model.Lines, Today = model.Today,
            CanEdit = model.CanEdit, Typed = typed,
        });
    }

    /// <summary>A row as typed: an empty date is no date, an unknown mode or a date not in yyyy-MM-dd is refused naming the estate.</summary>
    private PlanChange? ParseRow(PlanLine line, string mode, string date)
    {
        var plannedMode = ManagementMode.None;
        if (mode.Length > 0)
        {
            if (int.TryParse(mode, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && Enum.IsDefined((ManagementMode)m))
                plannedMode = (ManagementMode)m;
            else
                ModelState.AddModelError("", l["Plans.BadMode", line.Estate, mode]);
        }
        DateOnly? plannedDate = null;
        if (date.Length > 0)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                plannedDate = d;
            else
                ModelState.AddModelError("", l["Plans.BadRowDate", line.Estate, date]);
        }
        return new PlanChange(line.EstateId, plannedMode, plannedDate);
    }

    /// <summary>The sub-district's plan when the user's scope holds it (else null: 404); only its own officer edits.</summary>
    private async Task<PlanPageModel?> LoadAsync(long subDistrictId)
    {
        if (await guard.ReadableNodeAsync(subDistrictId) is not { Level: NodeLevel.SubDistrict } node)
            return null;
        var canEdit = me.Role == Role.SubDistrictOfficer && me.ScopeNodeId == node.Id;
        return await page.LoadAsync(node, clock.Today, canEdit);
    }

    private string Form(string key) =>
        Request.HasFormContentType && Request.Form.TryGetValue(key, out var value) ? value.ToString().Trim() : "";
}
