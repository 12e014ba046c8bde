using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Management;
using DistrictPortal.Core.Packages;
using DistrictPortal.Web.Features.Enterprises;
using DistrictPortal.Web.Features.Exports;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Contracts;

/// <summary>
/// /contracts/{estateId}: how an estate is managed, in detail (issue 20 items 1-3). The mode is the registry's (set by an
/// accepted return) and shown as such; below it the estate's contracts (add, end early, the signed file as evidence), the
/// managing body of a self-managed estate and a community trusteeship, each recorded here only, and a warning wherever
/// the mode and its detail disagree (Core's <see cref="ManagementCheck"/>). Read in scope by everyone; written by the
/// sub-district (<see cref="EnterprisePermissions.CanEditContracts"/>). An estate outside the scope answers 404, to a write too
/// (<see cref="ScopeGuard.ToChange"/>).
/// </summary>
[Route("contracts")]
public sealed class ContractsController(
    ContractService contractService, ManagementService management, IContractRepository contracts, IManagementRepository managed,
    IEnterpriseRepository register, IEstateRepository estates, ICommitteeRepository committees, INodeRepository nodes, IPackageRepository packages,
    ScopeGuard guard, CurrentUser me, PortalClock clock, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("{estateId:long}")]
    public async Task<IActionResult> Index(long estateId)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (this.Refusal(guard.ToRead(estate?.Path)) is { } refused)
            return refused;
        return View("Index", await PageAsync(estate!, new ContractForm(), []));
    }

    /// <summary>The estate's contracts as its page lists them; outside the scope 404, as the page.</summary>
    [HttpGet("{estateId:long}/export.xlsx")]
    public async Task<IActionResult> Export(long estateId)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (this.Refusal(guard.ToRead(estate?.Path)) is { } refused)
            return refused;
        var rows = await contracts.ListForEstateAsync(estate!.Id);
        return Xlsx.File(EnterpriseExport.Contracts(rows, $"{estate.Name} 物业服务合同", estate.SubDistrictName, clock.Today, showEstate: false, l));
    }

    [HttpPost("{estateId:long}")]
    public async Task<IActionResult> Add(long estateId, ContractForm form)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (this.Refusal(guard.ToChange(estate?.Path, EnterprisePermissions.CanEditContracts)) is { } refused)
            return refused;
        var result = await contractService.AddAsync(estateId, form.ToInput(), clock.Today, me.Change());
        if (!result.Succeeded)
            return await AgainAsync(estate!, form, result.Errors);
        TempData.Flash(l["Contracts.Added"]);
        return Redirect($"/contracts/{estateId}");
    }

    [HttpPost("{estateId:long}/{contractId:long}/end")]
    public async Task<IActionResult> End(long estateId, long contractId, DateOnly? endedOn, long version)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (this.Refusal(guard.ToChange(estate?.Path, EnterprisePermissions.CanEditContracts)) is { } refused)
            return refused;
        if (await contracts.GetAsync(contractId) is not { } contract || contract.EstateId != estateId)
            return NotFound();
        return await ChangeAsync(estate!, () => contractService.EndAsync(contractId, endedOn, version, me.Change()), "Contracts.Ended");
    }

    [HttpPost("{estateId:long}/body")]
    public async Task<IActionResult> Body(long estateId, ManagingBodyKind? kind, DateOnly? sinceDate, List<string?> memberName, List<string?> memberRole, long version)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (this.Refusal(guard.ToChange(estate?.Path, EnterprisePermissions.CanEditContracts)) is { } refused)
            return refused;
        var members = memberName.Select((name, i) => new BodyMember { Name = name ?? "", Role = i < memberRole.Count ? memberRole[i] ?? "" : "" }).ToList();
        return await ChangeAsync(estate!, () => management.SaveBodyAsync(estateId, kind, sinceDate, members, version, clock.Today, me.Change()), "Contracts.BodySaved");
    }

    [HttpPost("{estateId:long}/trusteeship")]
    public async Task<IActionResult> Trusteeship(long estateId, long? communityId, List<TrusteeshipServices> services, DateOnly? sinceDate, string? funding, long version)
    {
        var estate = await estates.GetByIdAsync(estateId);
        if (this.Refusal(guard.ToChange(estate?.Path, EnterprisePermissions.CanEditContracts)) is { } refused)
            return refused;
        var chosen = services.Aggregate(TrusteeshipServices.None, (all, s) => all | s);
        return await ChangeAsync(estate!,
            () => management.SaveTrusteeshipAsync(estateId, communityId, chosen, sinceDate, funding, version, clock.Today, me.Change()), "Contracts.TrusteeshipSaved");
    }

    private async Task<IActionResult> ChangeAsync(Estate estate, Func<Task<DomainResult>> change, string done)
    {
        DomainResult result;
        try
        {
            result = await change();
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DuplicateNameException)
        {
            TempData.Flash(l["Contracts.Conflict"]);
            return Redirect($"/contracts/{estate.Id}");
        }
        if (!result.Succeeded)
            return await AgainAsync(estate, new ContractForm(), result.Errors);
        TempData.Flash(l[done]);
        return Redirect($"/contracts/{estate.Id}");
    }

    private async Task<IActionResult> AgainAsync(Estate estate, ContractForm form, IReadOnlyList<ValidationError> errors)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await PageAsync(estate, form, errors.Select(e => l.Message(e, "Contracts", "Enterprises")).ToList()));
    }

    private async Task<ContractPageViewModel> PageAsync(Estate estate, ContractForm form, IReadOnlyList<string> errors)
    {
        var today = clock.Today;
        var list = await contracts.ListForEstateAsync(estate.Id);
        var body = await managed.GetBodyAsync(estate.Id);
        var committee = (await committees.GetRecordAsync(estate.Id)).Current;
        var trusteeship = await managed.GetTrusteeshipAsync(estate.Id);
        var current = ContractRules.Current(list, today);
        var inPackage = (await packages.ListLiveMembersInScopeAsync(estate.Path)).Any(m => m.EstateId == estate.Id && m.Live);
        var canEdit = guard.ToChange(estate.Path, EnterprisePermissions.CanEditContracts) == Access.Allowed;
        var communities = canEdit
            ? (await nodes.GetChildrenAsync(estate.SubDistrictId)).Where(n => n.Level == NodeLevel.Community && !n.IsRetired).ToList()
            : [];
        return new ContractPageViewModel(
            estate, list, current, ManagementCheck.Flags(estate.Mode, current, body, committee is not null, trusteeship, inPackage),
            body, committee, trusteeship, canEdit ? await register.ListAsync() : [], communities, canEdit, form, errors, today);
    }
}
