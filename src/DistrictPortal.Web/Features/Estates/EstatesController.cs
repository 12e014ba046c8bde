using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Caching;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Estates;

/// <summary>The estate registry (调研摸底表): list, detail, create and edit, always bounded by the user's scope.</summary>
[Route("estates")]
public sealed class EstatesController(
    IEstateRepository estates,
    EstateService registry,
    INodeRepository nodes,
    IAuditRepository audit,
    ChangeStampedReads reads,
    CurrentUser me,
    ScopeGuard guard,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] EstateListRequest request)
    {
        if (await RegistryScope.NarrowAsync(guard, me.ScopePath, request.SubDistrict) is not { } scopePath)
            return NotFound();
        var query = request.ToQuery(scopePath, PageSize);
        // Per community up to one sub-district, per sub-district above (RegistrySubtotals says why).
        var level = RegistrySubtotals.LevelFor(query.ScopePath, query.CommunityId);
        // The count, the page and the subtotals aggregate up to 50,000 estates: kept until the next change (issue 19).
        var filters = (query with { Page = 1 }).ToString();
        return View(new EstateListViewModel
        {
            Request = request,
            Result = await reads.GetAsync($"estates.page|{query}", () => estates.SearchAsync(query)),
            SubtotalLevel = level,
            Subtotals = level == NodeLevel.Community
                ? await reads.GetAsync($"estates.byCommunity|{filters}", () => estates.SubtotalsByCommunityAsync(query)) : [],
            SubDistrictSubtotals = level == NodeLevel.SubDistrict
                ? await reads.GetAsync($"estates.bySubDistrict|{filters}", () => estates.SubtotalsBySubDistrictAsync(query)) : [],
            // 2,000 communities in one drop-down help no one: above one sub-district the user picks the sub-district first.
            Communities = level == NodeLevel.Community
                ? await reads.GetAsync($"nodes.communities|{scopePath}", () => nodes.ListByLevelAsync(scopePath, NodeLevel.Community)) : [],
            SubDistricts = RegistryScope.SpansSubDistricts(me.ScopePath)
                ? await reads.GetAsync($"nodes.subDistricts|{me.ScopePath}", () => nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict)) : [],
            CanCreate = Permissions.CanEditEstates(me.Role),
        });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        var estate = await estates.GetByIdAsync(id);
        if (this.Refusal(guard.ToRead(estate?.Path)) is { } refused)
            return refused;
        return View(new EstateDetailViewModel
        {
            Estate = estate!,
            Lineage = await nodes.GetLineageAsync(id),
            Audit = await audit.ListForEntityAsync(EstateAudit.EntityType, id),
            CanEdit = Permissions.CanEditEstates(me.Role),
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(long? community)
    {
        if (!Permissions.CanEditEstates(me.Role))
            return Forbid();
        var form = new EstateForm { Communities = await CommunitiesInScope() };
        if (community is { } chosen && form.Communities.Any(c => c.Id == chosen))
            form.CommunityId = chosen;
        else if (form.Communities.Count == 1)
            form.CommunityId = form.Communities[0].Id;
        return View("Form", form);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create([FromForm] EstateForm form)
    {
        if (!Permissions.CanEditEstates(me.Role))
            return Forbid();
        form.Communities = await CommunitiesInScope();
        // A community id outside the list is a write outside the user's scope, not a typing mistake.
        if (form.CommunityId > 0 && form.Communities.All(c => c.Id != form.CommunityId))
            return Forbid();

        var estate = form.ToEstate(existing: null);
        if (!Validate(form, estate))
            return View("Form", form);
        try
        {
            var created = await registry.CreateAsync(estate, clock.CurrentYear, me.Change());
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                    ModelState.AddModelError(error.Field, l.Message(error));
                return View("Form", form);
            }
            var id = created.Value;
            TempData.Flash(l["Estates.Created", estate.Name]);
            return Redirect($"/estates/{id}");
        }
        catch (DuplicateNameException)
        {
            ModelState.AddModelError(nameof(EstateForm.Name), l["Validation.DuplicateName", l.Field(nameof(Estate.Name))]);
            return View("Form", form);
        }
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var estate = await estates.GetByIdAsync(id);
        if (this.Refusal(guard.ToRead(estate?.Path, Permissions.CanEditEstates)) is { } refused)
            return refused;
        return View("Form", EstateForm.From(estate!));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, [FromForm] EstateForm form)
    {
        var existing = await estates.GetByIdAsync(id);
        if (this.Refusal(guard.ToWrite(existing?.Path, Permissions.CanEditEstates)) is { } refused)
            return refused;
        form.EstateId = existing!.Id;
        form.CommunityId = existing.CommunityId;
        form.CommunityName = existing.CommunityName;
        form.StoredName = existing.Name;

        var updated = form.ToEstate(existing);
        if (!Validate(form, updated))
            return View("Form", form);
        var changes = EstateAudit.Diff(existing, updated, me.Change());
        try
        {
            if (form.Version != existing.Version)
                throw new ConcurrencyConflictException(EstateAudit.EntityType, id);
            if (changes.Count == 0)
            {
                TempData.Flash(l["Estates.NoChanges"]);
                return Redirect($"/estates/{id}");
            }
            await estates.UpdateAsync(updated, changes);
        }
        catch (ConcurrencyConflictException)
        {
            // Shown once, above the form, with a link to the current version; the typed values stay for reference.
            ViewData["Conflict"] = true;
            return View("Form", form);
        }
        catch (DuplicateNameException)
        {
            ModelState.AddModelError(nameof(EstateForm.Name), l["Validation.DuplicateName", l.Field(nameof(Estate.Name))]);
            return View("Form", form);
        }
        TempData.Flash(l["Estates.Saved", updated.Name]);
        return Redirect($"/estates/{id}");
    }

    private async Task<IReadOnlyList<Node>> CommunitiesInScope() =>
        await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.Community);

    /// <summary>Core's rules plus the form's own (empty numbers), each message beside its field.</summary>
    private bool Validate(EstateForm form, Estate estate)
    {
        var errors = form.MissingNumbers().Concat(EstateValidator.Validate(estate, clock.CurrentYear));
        foreach (var error in errors)
        {
            // A box the binder already rejected ("abc" for a number) keeps that one message.
            if (ModelState.TryGetValue(error.Field, out var entry) && entry.Errors.Count > 0)
                continue;
            ModelState.AddModelError(error.Field, l.Message(error));
        }
        return ModelState.IsValid;
    }
}
