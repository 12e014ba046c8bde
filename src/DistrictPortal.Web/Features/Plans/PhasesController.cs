using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Plans;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Plans;

public sealed class PhasesViewModel
{
    public required Campaign Campaign { get; init; }
    /// <summary>What each phase's two boxes show: the stored dates, or what was typed when the form comes back refused.</summary>
    public required IReadOnlyDictionary<PhaseKind, (string Start, string End)> Values { get; init; }
    public CampaignPhase? Current { get; init; }
}

/// <summary>The campaign's phases (P11: 调研摸底 → 推进落实 → 巩固提升) at /campaigns/{id}/phases; the admin's, like the campaign.</summary>
[Route("campaigns/{id:long}/phases")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class PhasesController(
    ICampaignRepository campaigns, IPlanRepository plans, PhaseService service, CurrentUser me, ScopeGuard guard, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(long id)
    {
        if (await CampaignAsync(id) is not { } campaign)
            return NotFound();
        var stored = await plans.ListPhasesAsync(id);
        return View("Phases", Model(campaign, stored,
            Enum.GetValues<PhaseKind>().ToDictionary(k => k, k => stored.FirstOrDefault(p => p.Kind == k) is { } p ? (Iso(p.StartDate), Iso(p.EndDate)) : ("", ""))));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(long id)
    {
        if (await CampaignAsync(id) is not { } campaign)
            return NotFound();
        if (!Permissions.CanManageHierarchy(me.Role))
            return Forbid();
        var typed = Enum.GetValues<PhaseKind>().ToDictionary(k => k, k => (Form($"{k}.StartDate"), Form($"{k}.EndDate")));
        var phases = new List<(PhaseKind, DateOnly?, DateOnly?)>();
        foreach (var (kind, (start, end)) in typed)
        {
            var s = Parse($"{kind}.StartDate", start);
            var e = Parse($"{kind}.EndDate", end);
            phases.Add((kind, s, e));
        }
        if (ModelState.IsValid)
        {
            var result = await service.SaveAsync(campaign, phases, me.Change());
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field, PlanMessages.Message(l, error));
            if (result.Succeeded)
            {
                TempData.Flash(l["Phases.Saved"]);
                return Redirect($"/campaigns/{id}/phases");
            }
        }
        return View("Phases", Model(campaign, await plans.ListPhasesAsync(id), typed));
    }

    private PhasesViewModel Model(Campaign campaign, IReadOnlyList<CampaignPhase> stored, IReadOnlyDictionary<PhaseKind, (string, string)> values) => new()
    {
        Campaign = campaign,
        Values = values,
        Current = PhaseService.Current(stored, clock.Today),
    };

    private async Task<Campaign?> CampaignAsync(long id) =>
        await campaigns.GetByIdAsync(id) is { } campaign && await guard.ReadableNodeAsync(campaign.DistrictId) is not null ? campaign : null;

    private string Form(string key) =>
        Request.HasFormContentType && Request.Form.TryGetValue(key, out var value) ? value.ToString().Trim() : "";

    /// <summary>A box left empty is no date; anything but yyyy-MM-dd is refused at its own box.</summary>
    private DateOnly? Parse(string key, string text)
    {
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        ModelState.AddModelError(key, l["Plans.BadDate", l[$"Plans.Field.{key}"], text]);
        return null;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
