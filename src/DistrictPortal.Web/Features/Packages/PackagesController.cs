using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Packages;
using DistrictPortal.Web.Features.Exports;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Packages;

/// <summary>
/// 街道集中管理 (P11 mode 4, issue 20): /packages lists the packages of the scope by sub-district (Excel at
/// /packages/export.xlsx); /packages/{id} shows one with its estates, tenders, daily supervision, quarterly reviews, yearly
/// assessment and renewal vote, and the forms of whoever may record them (Core's <see cref="PackagePermissions"/>). A
/// package outside the scope answers 404; a community officer sees the packages of its own community's estates and
/// records for those estates only. The rules are Core's <see cref="PackageService"/>.
/// </summary>
[Route("packages")]
public sealed partial class PackagesController(
    IPackageRepository packages, PackageService service, PackagePage reader, INodeRepository nodes, IEstateRepository estates,
    CurrentUser me, ScopeGuard guard, PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var all = await packages.ListInScopeAsync(me.ScopePath);
        var pageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(Paging.Page(page), 1, pageCount);
        var rows = await reader.StandingsAsync(all.Skip((current - 1) * PageSize).Take(PageSize));
        return View("Index", new PackageListModel(rows, current, pageCount, all.Count, PackagePermissions.CanKeep(me.Role), clock.Today));
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export()
    {
        var rows = await reader.StandingsAsync(await packages.ListInScopeAsync(me.ScopePath));
        return Xlsx.File(PackageExport.Table(rows, me.ScopeName, clock.Today, l));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        var (package, members) = await ReadableAsync(id);
        if (package is null)
            return NotFound();
        return View("Detail", await reader.DetailAsync(package, members, PackageSection.None, []));
    }

    [HttpPost("{id:long}/tender")]
    public Task<IActionResult> Tender(long id, TenderForm form) =>
        RecordAsync(id, PackagePermissions.CanKeep, PackageSection.Tender, f => f with { Tender = form },
            p => service.RecordTenderAsync(p, form.ToInput(), clock.Today, me.Change()), "Packages.Recorded.Tender");

    [HttpPost("{id:long}/supervision")]
    public Task<IActionResult> Supervision(long id, SupervisionForm form) =>
        RecordAsync(id, PackagePermissions.CanSupervise, PackageSection.Supervision, f => f with { SupervisionForm = form },
            p => service.RecordSupervisionAsync(p, form.ToInput(), guard.Contains, clock.Today, me.Change()), "Packages.Recorded.Supervision");

    [HttpPost("{id:long}/review")]
    public Task<IActionResult> Review(long id, ReviewForm form) =>
        RecordAsync(id, PackagePermissions.CanSupervise, PackageSection.Review, f => f with { Review = form },
            p => service.RecordReviewAsync(p, form.ToInput(), guard.Contains, clock.Today, me.Change()), "Packages.Recorded.Review");

    [HttpPost("{id:long}/vote")]
    public Task<IActionResult> Vote(long id, VoteForm form) =>
        RecordAsync(id, PackagePermissions.CanKeep, PackageSection.Vote, f => f with { Vote = form },
            p => service.RecordVoteAsync(p, form.ToInput(), clock.Today, me.Change()), "Packages.Recorded.Vote");

    [HttpPost("{id:long}/dissolve")]
    public async Task<IActionResult> Dissolve(long id)
    {
        var (package, members) = await ReadableAsync(id);
        if (package is null)
            return NotFound();
        if (!PackagePermissions.CanKeep(me.Role) || !guard.Contains(package.Path))
            return Forbid();
        var result = await service.DissolveAsync(package, clock.Today, me.Change());
        if (!result.Succeeded)
            return await RefusedAsync(package, members, PackageSection.Dissolve, result.Errors, f => f);
        TempData.Flash(l["Packages.Dissolved", package.Name]);
        return Redirect($"/packages/{package.Id}");
    }

    /// <summary>A record on a package: 404 outside the scope, 403 without the role (or, keeping, outside the sub-district); a refusal shows the page again with the form as typed.</summary>
    private async Task<IActionResult> RecordAsync(
        long id, Func<Core.Identity.Role, bool> may, PackageSection section, Func<PackageDetailModel, PackageDetailModel> keepForm,
        Func<Package, Task<DomainResult<long>>> record, string done)
    {
        var (package, members) = await ReadableAsync(id);
        if (package is null)
            return NotFound();
        if (!may(me.Role) || (section is PackageSection.Tender or PackageSection.Vote && !guard.Contains(package.Path)))
            return Forbid();
        var result = await record(package);
        if (!result.Succeeded)
            return await RefusedAsync(package, members, section, result.Errors, keepForm);
        TempData.Flash(l[done, package.Name]);
        return Redirect($"/packages/{package.Id}");
    }

    private async Task<IActionResult> RefusedAsync(
        Package package, IReadOnlyList<PackageMember> members, PackageSection section, IReadOnlyList<ValidationError> errors,
        Func<PackageDetailModel, PackageDetailModel> keepForm)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var messages = errors.Select(e => l.Message(e, "Packages")).ToList();
        return View("Detail", keepForm(await reader.DetailAsync(package, members, section, messages)));
    }

    /// <summary>The package when the user may read it: its sub-district in scope, or one of its estates (a community officer's).</summary>
    private async Task<(Package? Package, IReadOnlyList<PackageMember> Members)> ReadableAsync(long id)
    {
        var package = await packages.GetByIdAsync(id);
        if (package is null)
            return (null, []);
        var members = await packages.ListMembersAsync(id);
        return guard.Contains(package.Path) || members.Any(m => guard.Contains(m.Path)) ? (package, members) : (null, []);
    }
}
