using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Web.Features.Exports;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Enterprises;

/// <summary>
/// 物业服务企业 (issue 20 item 1): /enterprises is the register (search, state-owned filter, paging, Excel), /enterprises/new
/// adds one, /enterprises/{id} shows one with its contracts inside the reader's scope (and the office's edit form), and
/// /enterprises/ending lists the contracts of the reader's scope ending within 90 days. Rules: Core's
/// <see cref="EnterpriseService"/> and <see cref="ContractRules"/>; who may write: <see cref="EnterprisePermissions"/>.
/// </summary>
[Route("enterprises")]
public sealed class EnterprisesController(
    EnterpriseService service, IEnterpriseRepository register, IContractRepository contracts, CurrentUser me, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, bool stateOwned = false, int page = 1)
    {
        var found = EnterpriseService.Search(await register.ListAsync(), q, stateOwned, page, Paging.DefaultPageSize);
        var ending = ContractRules.EndingSoon(await contracts.ListInScopeAsync(me.ScopePath), clock.Today);
        return View(new EnterpriseListViewModel(found, q, stateOwned, ending.Count, EnterprisePermissions.CanAddEnterprise(me.Role)));
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(string? q, bool stateOwned = false)
    {
        var rows = EnterpriseService.Filter(await register.ListAsync(), q, stateOwned);
        var current = ContractRules.CurrentCounts(await contracts.ListInScopeAsync(me.ScopePath), clock.Today);
        return Xlsx.File(EnterpriseExport.Register(rows, current, me.ScopeName, clock.Today));
    }

    [HttpGet("ending")]
    public async Task<IActionResult> Ending() =>
        View(new EndingViewModel(ContractRules.EndingSoon(await contracts.ListInScopeAsync(me.ScopePath), clock.Today), clock.Today));

    [HttpGet("ending/export.xlsx")]
    public async Task<IActionResult> EndingExport() =>
        Xlsx.File(EnterpriseExport.Ending(ContractRules.EndingSoon(await contracts.ListInScopeAsync(me.ScopePath), clock.Today), me.ScopeName, clock.Today, l));

    [HttpGet("new")]
    public IActionResult New() =>
        EnterprisePermissions.CanAddEnterprise(me.Role) ? View("New", new EnterpriseFormViewModel(new EnterpriseForm(), [])) : Forbid();

    [HttpPost("new")]
    public async Task<IActionResult> New(EnterpriseForm form)
    {
        if (!EnterprisePermissions.CanAddEnterprise(me.Role))
            return Forbid();
        DomainResult<long> result;
        try
        {
            result = await service.CreateAsync(form.ToInput(), me.Change());
        }
        catch (DuplicateNameException)
        {
            result = DomainResult<long>.Refuse(nameof(Enterprise.CreditCode), ValidationCodes.CreditCodeInUse, "");
        }
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("New", new EnterpriseFormViewModel(form, Messages(result.Errors)));
        }
        TempData.Flash(l["Enterprises.Added", form.Name!.Trim()]);
        return Redirect($"/enterprises/{result.Value}");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Detail(long id)
    {
        if (await register.GetAsync(id) is not { } enterprise)
            return NotFound();
        return View("Detail", await DetailAsync(enterprise, EnterpriseForm.From(enterprise), []));
    }

    /// <summary>The enterprise's contracts inside the reader's scope, as its page lists them.</summary>
    [HttpGet("{id:long}/export.xlsx")]
    public async Task<IActionResult> ContractsExport(long id)
    {
        if (await register.GetAsync(id) is not { } enterprise)
            return NotFound();
        var rows = await contracts.ListForEnterpriseAsync(enterprise.Id, me.ScopePath);
        return Xlsx.File(EnterpriseExport.Contracts(rows, $"{enterprise.Name} 物业服务合同（{me.ScopeName}）", me.ScopeName, clock.Today, showEstate: true, l));
    }

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Edit(long id, EnterpriseForm form, long version)
    {
        if (!EnterprisePermissions.CanEditEnterprise(me.Role))
            return Forbid();
        if (await register.GetAsync(id) is not { } enterprise)
            return NotFound();
        IReadOnlyList<ValidationError> errors;
        try
        {
            errors = (await service.UpdateAsync(id, form.ToInput(), version, me.Change())).Errors;
        }
        catch (ConcurrencyConflictException)
        {
            TempData.Flash(l["Enterprises.Conflict"]);
            return Redirect($"/enterprises/{id}");
        }
        catch (DuplicateNameException)
        {
            errors = [new ValidationError(nameof(Enterprise.CreditCode), ValidationCodes.CreditCodeInUse, "")];
        }
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Detail", await DetailAsync(enterprise, form, Messages(errors)));
        }
        TempData.Flash(l["Enterprises.Saved"]);
        return Redirect($"/enterprises/{id}");
    }

    private async Task<EnterpriseDetailViewModel> DetailAsync(Enterprise enterprise, EnterpriseForm form, IReadOnlyList<string> errors) =>
        new(enterprise, await contracts.ListForEnterpriseAsync(enterprise.Id, me.ScopePath), form, errors,
            EnterprisePermissions.CanEditEnterprise(me.Role), clock.Today);

    private List<string> Messages(IEnumerable<ValidationError> errors) => errors.Select(e => l.Message(e, "Enterprises", "Contracts")).ToList();
}
