using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Campaigns;

/// <summary>
/// 无物业管理小区清零行动 run by the district office (admin only): create a district's campaign (which takes the
/// baseline of unmanaged estates), read the list per sub-district, add or remove an estate with a reason, and edit the
/// name, target date and deadline rule (version-checked). Campaigns outside the admin's scope are 404 to read, 403 to write.
/// </summary>
[Route("campaigns")]
[Authorize(Policy = PortalPolicies.ManageHierarchy)]
public sealed class CampaignsController(
    ICampaignRepository campaigns, CampaignService service, INodeRepository nodes, IEstateRepository estates, CurrentUser me, ScopeGuard guard,
    PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    public const string EntityType = AuditEntities.Campaign;
    public const int MaxNameLength = CampaignService.MaxNameLength;
    public const int MaxReasonLength = CampaignService.MaxReasonLength;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await campaigns.ListAsync(me.ScopePath));

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        var form = new CampaignForm { Districts = await Districts() };
        if (form.Districts.Count == 1)
            form.DistrictId = form.Districts[0].Id;
        return View("Form", form);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create([FromForm] CampaignForm form)
    {
        form.Districts = await Districts();
        if (form.DistrictId > 0 && form.Districts.All(d => d.Id != form.DistrictId))
            return Forbid();
        if (form.DistrictId <= 0)
            ModelState.AddModelError(nameof(form.DistrictId), l["Validation.Required", l["Field.District"]]);
        if (form.StartDate is null)
            ModelState.AddModelError(nameof(form.StartDate), l["Validation.Required", l["Field.StartDate"]]);
        var campaign = new Campaign
        {
            DistrictId = form.DistrictId,
            Name = form.Name?.Trim() ?? "",
            StartDate = form.StartDate ?? default,
            TargetDate = form.TargetDate,
            DeadlineDay = form.DeadlineDay,
            DeadlineTime = form.DeadlineTime ?? default,
        };
        if (!Validate(form, campaign))
            return View("Form", form);
        var created = await service.CreateAsync(campaign, me.Change());
        if (!created.Succeeded)
        {
            AddErrors(created.Errors);
            return View("Form", form);
        }
        TempData.Flash(l["Campaigns.Created", campaign.Name]);
        return Redirect($"/campaigns/{created.Value}");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id, long? sub)
    {
        var (campaign, district, refused) = await ReadAsync(id);
        if (refused is not null)
            return refused;
        var all = await campaigns.ListEstatesAsync(id, null, includeRemoved: true);
        var subDistricts = await nodes.ListByLevelAsync(district!.Path, NodeLevel.SubDistrict, includeRetired: true);
        var lines = subDistricts
            .Select(s => (Node: s, Rows: all.Where(e => e.SubDistrictId == s.Id).ToList()))
            .Where(x => x.Rows.Count > 0 || !x.Node.IsRetired)
            .Select(x => new BaselineLine(x.Node.Id, x.Node.Name,
                // Estates taken at creation carry no reason; every later addition must give one.
                x.Rows.Count(e => e.AddedReason is null),
                x.Rows.Count(e => e.AddedReason is not null),
                x.Rows.Count(e => e.RemovedUtc is not null),
                x.Rows.Count(e => e.RemovedUtc is null),
                x.Rows.Where(e => e.RemovedUtc is null).Sum(e => e.Households)))
            .ToList();
        var opened = sub is { } s ? subDistricts.FirstOrDefault(n => n.Id == s) : null;
        if (sub is not null && opened is null)
            return NotFound();
        var calendar = new ReportingCalendar(HolidayCalendar.None, campaign!.DeadlineRule);
        var thisWeek = calendar.WeekEndingAt(clock.UtcNow);
        return View(new CampaignDetailViewModel
        {
            Campaign = campaign,
            District = district,
            Lines = lines,
            DeadlineExampleLocal = calendar.ToLocal(calendar.DeadlineUtc(thisWeek)),
            SubDistrict = opened,
            Estates = opened is null ? [] : all.Where(e => e.SubDistrictId == opened.Id)
                .OrderBy(e => e.RemovedUtc is not null).ThenBy(e => e.CommunityName, StringComparer.Ordinal).ThenBy(e => e.EstateName, StringComparer.Ordinal).ToList(),
        });
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var (campaign, district, refused) = await ReadAsync(id);
        return refused ?? View("Form", CampaignForm.From(campaign!, district!.Name));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, [FromForm] CampaignForm form)
    {
        var (existing, district, refused) = await WriteAsync(id);
        if (refused is not null)
            return refused;
        (form.CampaignId, form.DistrictId, form.DistrictName, form.StartDate) = (id, existing!.DistrictId, district!.Name, existing.StartDate);
        var updated = new Campaign
        {
            Id = id, DistrictId = existing!.DistrictId, StartDate = existing.StartDate,
            Name = form.Name?.Trim() ?? "", TargetDate = form.TargetDate, DeadlineDay = form.DeadlineDay, DeadlineTime = form.DeadlineTime ?? default,
        };
        if (!Validate(form, updated))
            return View("Form", form);
        DomainResult<bool> saved;
        try
        {
            saved = await service.UpdateAsync(updated, form.Version, me.Change());
        }
        catch (ConcurrencyConflictException)
        {
            ViewData["Conflict"] = true;
            return View("Form", form);
        }
        if (!saved.Succeeded)
        {
            AddErrors(saved.Errors);
            return View("Form", form);
        }
        TempData.Flash(saved.Value ? l["Campaigns.Saved", updated.Name] : l["Estates.NoChanges"]);
        return Redirect($"/campaigns/{id}");
    }

    [HttpGet("{id:long}/estates/add")]
    public async Task<IActionResult> AddEstate(long id, long sub)
    {
        var (campaign, district, refused) = await ReadAsync(id);
        if (refused is not null)
            return refused;
        var subDistrict = await nodes.GetByIdAsync(sub);
        if (subDistrict is null || subDistrict.ParentId != district!.Id)
            return NotFound();
        return View("AddEstate", await AddModel(campaign!, subDistrict));
    }

    [HttpPost("{id:long}/estates/add")]
    public async Task<IActionResult> AddEstate(long id, long? estateId, string? reason)
    {
        var (campaign, district, refused) = await WriteAsync(id);
        if (refused is not null)
            return refused;
        var estate = estateId is { } e ? await estates.GetByIdAsync(e) : null;
        if (estate is not null && !guard.Contains(estate.Path))
            return Forbid();
        if (estate is null || !Scope.Contains(district!.Path, estate.Path))
            return NotFound();
        var subDistrict = (await nodes.GetByIdAsync(estate.SubDistrictId))!;
        var model = await AddModel(campaign!, subDistrict);
        (model.EstateId, model.Reason) = (estateId, reason);
        try
        {
            var added = await service.AddEstateAsync(id, estate.Id, reason, me.Change());
            if (!added.Succeeded)
            {
                AddErrors(added.Errors);
                return View("AddEstate", model);
            }
        }
        catch (ConcurrencyConflictException)
        {
            // Someone listed it meanwhile: it is on the list, as asked.
        }
        TempData.Flash(l["Campaigns.EstateAdded", estate.Name]);
        return Redirect($"/campaigns/{id}?sub={subDistrict.Id}");
    }

    [HttpGet("{id:long}/estates/{estateId:long}/remove")]
    public async Task<IActionResult> RemoveEstate(long id, long estateId)
    {
        var (campaign, _, refused) = await ReadAsync(id);
        if (refused is not null)
            return refused;
        var entry = (await campaigns.ListEstatesAsync(id, null)).FirstOrDefault(e => e.EstateId == estateId);
        return entry is null ? NotFound() : View("RemoveEstate", new RemoveEstateViewModel { Campaign = campaign!, Estate = entry });
    }

    [HttpPost("{id:long}/estates/{estateId:long}/remove")]
    public async Task<IActionResult> RemoveEstate(long id, long estateId, string? reason)
    {
        var (campaign, _, refused) = await WriteAsync(id);
        if (refused is not null)
            return refused;
        var entry = (await campaigns.ListEstatesAsync(id, null)).FirstOrDefault(e => e.EstateId == estateId);
        if (entry is null)
            return NotFound();
        try
        {
            var removed = await service.RemoveEstateAsync(id, estateId, reason, me.Change());
            if (!removed.Succeeded)
            {
                AddErrors(removed.Errors);
                return View("RemoveEstate", new RemoveEstateViewModel { Campaign = campaign!, Estate = entry, Reason = reason });
            }
        }
        catch (ConcurrencyConflictException)
        {
            // Someone removed it meanwhile: it is off the list, as asked.
        }
        TempData.Flash(l["Campaigns.EstateRemoved", entry.EstateName]);
        return Redirect($"/campaigns/{id}?sub={entry.SubDistrictId}");
    }

    private async Task<IReadOnlyList<Node>> Districts() => await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.District);

    /// <summary>The campaign and its district when the district lies in the admin's scope; otherwise 404.</summary>
    private async Task<(Campaign?, Node?, IActionResult?)> ReadAsync(long id)
    {
        var campaign = await campaigns.GetByIdAsync(id);
        var district = campaign is null ? null : await nodes.GetByIdAsync(campaign.DistrictId);
        return (campaign, district, this.Refusal(guard.ToRead(district?.Path, Permissions.CanManageHierarchy)));
    }

    /// <summary>As <see cref="ReadAsync"/> for a POST: missing is 404, outside the scope 403.</summary>
    private async Task<(Campaign?, Node?, IActionResult?)> WriteAsync(long id)
    {
        var campaign = await campaigns.GetByIdAsync(id);
        var district = campaign is null ? null : await nodes.GetByIdAsync(campaign.DistrictId);
        return (campaign, district, this.Refusal(guard.ToWrite(district?.Path, Permissions.CanManageHierarchy)));
    }

    private async Task<AddEstateViewModel> AddModel(Campaign campaign, Node subDistrict)
    {
        var listed = (await campaigns.ListEstatesAsync(campaign.Id, subDistrict.Id)).Select(e => e.EstateId).ToHashSet();
        var inSubDistrict = await estates.SearchAsync(new EstateQuery { ScopePath = subDistrict.Path, PageSize = 5000, Sort = EstateSort.Community });
        return new AddEstateViewModel
        {
            Campaign = campaign,
            SubDistrict = subDistrict,
            Candidates = inSubDistrict.Items.Where(e => !listed.Contains(e.Id)).ToList(),
        };
    }

    /// <summary>What the form alone can tell (an emptied time box), with Core's rules for the campaign shown beside it.</summary>
    private bool Validate(CampaignForm form, Campaign campaign)
    {
        if (form.DeadlineTime is null && !ModelState.ContainsKey(nameof(form.DeadlineTime)))
            ModelState.AddModelError(nameof(form.DeadlineTime), l["Validation.Required", l["Field.DeadlineTime"]]);
        // A target is compared with the start only once the start is known (the binder reports an unreadable one).
        AddErrors(CampaignService.Validate(campaign).Where(e => form.StartDate is not null || e.Field != nameof(Campaign.TargetDate)));
        return ModelState.IsValid;
    }

    /// <summary>Core's refusals in words, beside their boxes.</summary>
    private void AddErrors(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var label = error.Field switch
            {
                nameof(Campaign.Name) => l["Field.CampaignName"],
                nameof(Campaign.DeadlineDay) => l["Field.DeadlineDay"],
                nameof(Campaign.DistrictId) => l["Field.District"],
                "reason" => l["Field.Reason"],
                _ => l[$"Field.{error.Field}"],
            };
            string message = error.Code switch
            {
                ValidationCodes.TargetAfterStart => l["Campaigns.TargetAfterStart"],
                ValidationCodes.NotUnderDistrict or ValidationCodes.NotOnList => l["Campaigns.EstateNotInDistrict"],
                ValidationCodes.Required => l["Validation.Required", label],
                ValidationCodes.TooLong => l["Validation.TooLong", label, error.Args[0]],
                TextRule.ControlCharacters => l["Validation.ControlCharacters", label],
                _ => l["Validation.Invalid", label],
            };
            ModelState.AddModelError(error.Field, message);
        }
    }
}
