using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Retrofit;

/// <summary>
/// 面积目标进度 (P8): progress by node for a year with the projection to year end, drilling down to a node's
/// projects; project detail, create, edit and acceptance. Ids outside the user's scope are 404, reads and writes alike.
/// </summary>
[Route("retrofit")]
public sealed partial class RetrofitController(
    IRetrofitRepository retrofit,
    RetrofitService service,
    INodeRepository nodes,
    IEstateRepository estates,
    IAuditRepository audit,
    CurrentUser me,
    ScopeGuard guard,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const int ProjectPageSize = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, long? node, RetrofitStatus? status, int page = 1)
    {
        var board = await BoardAsync(year, node);
        if (board is null)
            return NotFound();
        var (model, projects) = board.Value;
        var shown = PagedResultOf(status is { } s ? projects.Where(p => p.Status == s).ToList() : projects, page);
        return View(new RetrofitIndexViewModel
        {
            Year = model.Year, AsOf = model.AsOf, Programme = model.Programme, Node = model.Node, Lineage = model.Lineage,
            Total = model.Total, Lines = model.Lines, CanDrill = model.Node.Level < NodeLevel.Community,
            Projects = shown,
            OutsideProgramme = await OutsideProgrammeAsync(shown.Items),
            Status = status,
            CanEdit = RetrofitPermissions.CanEdit(me.Role),
            CanSetTargets = CanSetTargets(me.Role),
        });
    }

    [HttpGet("projects/{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath)) is { } refused)
            return refused;
        var merged = new List<Node>();
        foreach (var estateId in project!.MergedEstateIds)
        {
            if (await nodes.GetByIdAsync(estateId) is { } estate)
                merged.Add(estate);
        }
        return View("Detail", new RetrofitDetailViewModel
        {
            Project = project,
            MergedEstates = merged,
            Audit = await audit.ListForEntityAsync(RetrofitAudit.EntityType, id),
            CanEdit = RetrofitPermissions.CanEdit(me.Role),
        });
    }

    [HttpGet("projects/create")]
    public async Task<IActionResult> Create(long? estate)
    {
        if (!RetrofitPermissions.CanEdit(me.Role))
            return Forbid();
        var form = new RetrofitProjectForm { Estates = await EstatesInScope() };
        if (estate is { } chosen)
        {
            if (form.Estates.All(e => e.Id != chosen))
                return NotFound();
            form.EstateId = chosen;
        }
        return View("Form", form);
    }

    [HttpPost("projects/create")]
    public async Task<IActionResult> Create([FromForm] RetrofitProjectForm form)
    {
        if (!RetrofitPermissions.CanEdit(me.Role))
            return Forbid();
        form.Id = 0;
        form.Estates = await EstatesInScope();
        // An estate outside the list is outside the user's scope: it does not exist for them.
        if (form.EstateId > 0 && form.Estates.All(e => e.Id != form.EstateId))
            return NotFound();
        var project = Validate(form, existing: null);
        if (project is null)
            return View("Form", form);
        var created = await service.CreateProjectAsync(project, Today, me.Change());
        if (!created.Succeeded)
            return Refused("Form", form, created.Errors);
        TempData.Flash(l["Retrofit.Created", project.Name]);
        return Redirect($"/retrofit/projects/{created.Value}");
    }

    [HttpGet("projects/{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath, RetrofitPermissions.CanEdit)) is { } refused)
            return refused;
        var form = RetrofitProjectForm.From(project!);
        form.Estates = await EstatesInScope();
        return View("Form", form);
    }

    [HttpPost("projects/{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, [FromForm] RetrofitProjectForm form)
    {
        var existing = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(existing?.EstatePath, RetrofitPermissions.CanEdit)) is { } refused)
            return refused;
        form.Id = id;
        form.Estates = await EstatesInScope();
        if (form.Estates.All(e => e.Id != form.EstateId))
            return NotFound();
        var project = Validate(form, existing);
        if (project is null)
            return View("Form", form);
        try
        {
            var saved = await service.UpdateProjectAsync(project, form.Version, Today, me.Change());
            if (!saved.Succeeded)
                return Refused("Form", form, saved.Errors);
        }
        catch (ConcurrencyConflictException)
        {
            form.Conflict = true;
            return View("Form", form);
        }
        TempData.Flash(l["Retrofit.Saved", project.Name]);
        return Redirect($"/retrofit/projects/{id}");
    }

    [HttpGet("projects/{id:long}/accept")]
    public async Task<IActionResult> Accept(long id)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath, RetrofitPermissions.CanEdit)) is { } refused)
            return refused;
        if (project!.Status == RetrofitStatus.Accepted)
            return Redirect($"/retrofit/projects/{id}");
        return View("Accept", new RetrofitAcceptViewModel { Project = project, AcceptedDate = Today });
    }

    [HttpPost("projects/{id:long}/accept")]
    public async Task<IActionResult> Accept(long id, DateOnly? acceptedDate, long version)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath, RetrofitPermissions.CanEdit)) is { } refused)
            return refused;
        var model = new RetrofitAcceptViewModel { Project = project!, AcceptedDate = acceptedDate };
        if (acceptedDate is null)
        {
            if (!ModelState.ContainsKey("acceptedDate") || ModelState["acceptedDate"]!.Errors.Count == 0)
                ModelState.AddModelError("acceptedDate", l["Validation.Required", l["Retrofit.Field.AcceptedDate"]]);
            return View("Accept", model);
        }
        try
        {
            var accepted = await service.AcceptAsync(project!, acceptedDate.Value, version, Today, me.Change());
            if (!accepted.Succeeded)
            {
                foreach (var error in accepted.Errors)
                    ModelState.AddModelError(error.Field == nameof(RetrofitProject.AcceptedDate) ? "acceptedDate" : error.Field, Message(error));
                return View("Accept", model);
            }
        }
        catch (ConcurrencyConflictException)
        {
            model.Conflict = true;
            return View("Accept", model);
        }
        TempData.Flash(l["Retrofit.AcceptedFlash", project!.Name]);
        return Redirect($"/retrofit/projects/{id}");
    }

    /// <summary>A district holds hundreds of projects: the list pages; the progress board above it always covers them all.</summary>
    private static PagedResult<RetrofitProject> PagedResultOf(IReadOnlyList<RetrofitProject> all, int page)
    {
        var pages = Math.Max(1, (all.Count + ProjectPageSize - 1) / ProjectPageSize);
        var current = Math.Clamp(page, 1, pages);
        return new(all.Skip((current - 1) * ProjectPageSize).Take(ProjectPageSize).ToList(), all.Count, current, ProjectPageSize);
    }

    /// <summary>
    /// The projects on the page that stand (wholly or partly) on an estate outside the programme's scope (P8: built before
    /// 1999, complete-set, not professionally managed): the list flags them instead of hiding them (issue 13).
    /// </summary>
    private async Task<IReadOnlySet<long>> OutsideProgrammeAsync(IReadOnlyList<RetrofitProject> shown)
    {
        var outside = new HashSet<long>();
        foreach (var project in shown)
        {
            foreach (var id in project.MergedEstateIds.Prepend(project.EstateId))
            {
                if (await estates.GetByIdAsync(id) is { } estate && !EstateValidator.IsInOldEstateProgramme(estate))
                {
                    outside.Add(project.Id);
                    break;
                }
            }
        }
        return outside;
    }

    private async Task<IReadOnlyList<Node>> EstatesInScope() =>
        await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.Estate);

    /// <summary>
    /// What the form itself can tell (text that is not a number or a list of ids), each message beside its field; null
    /// when anything is wrong. The project's rules are the service's.
    /// </summary>
    private RetrofitProject? Validate(RetrofitProjectForm form, RetrofitProject? existing)
    {
        var merged = form.ParseMerged();
        if (merged is null)
            ModelState.AddModelError(nameof(form.MergedEstateIds), l["Validation.Invalid", l["Retrofit.Field.MergedEstateIds"]]);
        if (form.Area is null && !HasError(nameof(form.Area)))
            ModelState.AddModelError(nameof(form.Area), l["Validation.Required", l["Retrofit.Field.Area"]]);
        var project = form.ToProject(existing, merged ?? []);
        if (ModelState.IsValid)
            return project;
        // The form goes back anyway: show the project's own rules too, so one round trip shows every mistake.
        foreach (var error in RetrofitProjectValidator.Validate(project, Today).Where(e => !HasError(e.Field)))
            ModelState.AddModelError(error.Field, Message(error));
        return null;
    }

    /// <summary>The form again with each of the service's refusals beside its field.</summary>
    private ViewResult Refused(string view, object model, IReadOnlyList<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (!HasError(error.Field))
                ModelState.AddModelError(error.Field, Message(error));
        }
        return View(view, model);
    }

    private bool HasError(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    /// <summary>The portal's formatter with this feature's own field names and codes first.</summary>
    private string Message(ValidationError error) => l.Message(error, "Retrofit");
}
