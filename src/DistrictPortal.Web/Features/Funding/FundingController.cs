using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Funding;

/// <summary>
/// 资金对账 (P8 七): the reconciliation by node and year (owed and paid by city, district, special funds and
/// property-right units), and a project's cost lines, payments and hardship decision. The split is Core's
/// (<see cref="FundingRules"/>), its rounding rule printed on every page. Out-of-scope ids are 404, reads and writes alike.
/// </summary>
[Route("funding")]
public sealed partial class FundingController(
    IFundingRepository funding,
    FundingService service,
    IRetrofitRepository retrofit,
    INodeRepository nodes,
    IAuditRepository audit,
    CurrentUser me,
    ScopeGuard guard,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, long? node)
    {
        var board = await BoardAsync(year, node);
        return board is null ? NotFound() : View(new FundingIndexViewModel { Board = board, CanDrill = board.Node.Level < NodeLevel.Community });
    }

    [HttpGet("projects/{id:long}")]
    public async Task<IActionResult> Project(long id)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath)) is { } refused)
            return refused;
        return View("Project", await ProjectModelAsync(project!));
    }

    [HttpPost("projects/{id:long}/costs")]
    public async Task<IActionResult> AddCost(long id, [FromForm(Name = "NewCost")] CostForm form)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath, RetrofitPermissions.CanEdit)) is { } refused)
            return refused;
        var cost = form.ToCost(id);
        var added = Validate(cost, form.Amount, "NewCost.") ? await service.AddCostAsync(cost, Today, me.Change()) : null;
        if (added is not { Succeeded: true })
        {
            Show(added?.Errors ?? [], "NewCost.");
            var model = await ProjectModelAsync(project!);
            model.NewCost = form;
            return View("Project", model);
        }
        TempData.Flash(l["Funding.CostAdded"]);
        return Redirect($"/funding/projects/{id}");
    }

    [HttpGet("costs/{id:long}/edit")]
    public async Task<IActionResult> EditCost(long id)
    {
        var (cost, project, refused) = await CostAsync(id);
        return refused ?? View("EditCost", new CostEditViewModel { Project = project!, Form = CostForm.From(cost!), Before = FundingRules.Split(cost!) });
    }

    [HttpPost("costs/{id:long}/edit")]
    public async Task<IActionResult> EditCost(long id, [FromForm] CostForm form)
    {
        var (existing, project, refused) = await CostAsync(id);
        if (refused is not null)
            return refused;
        form.Id = id;
        // The category and year make the line what it is: a different one is a new line, not an edit.
        form.Category = existing!.Category;
        form.Year = existing.Year;
        var model = new CostEditViewModel { Project = project!, Form = form, Before = FundingRules.Split(existing) };
        var cost = form.ToCost(existing.ProjectId);
        if (!Validate(cost, form.Amount, ""))
            return View("EditCost", model);
        try
        {
            var saved = await service.UpdateCostAsync(cost, form.Version, Today, me.Change());
            if (!saved.Succeeded)
            {
                Show(saved.Errors, "");
                return View("EditCost", model);
            }
        }
        catch (ConcurrencyConflictException)
        {
            model.Conflict = true;
            return View("EditCost", model);
        }
        TempData.Flash(l["Funding.CostSaved"]);
        return Redirect($"/funding/projects/{existing.ProjectId}");
    }

    [HttpPost("projects/{id:long}/payments")]
    public async Task<IActionResult> AddPayment(long id, [FromForm(Name = "NewPayment")] PaymentForm form)
    {
        var project = await retrofit.GetProjectAsync(id);
        if (this.Refusal(guard.ToRead(project?.EstatePath, RetrofitPermissions.CanEdit)) is { } refused)
            return refused;
        var payment = new Payment
        {
            ProjectId = id, Payer = form.Payer, Amount = form.Amount ?? 0m, PaidDate = form.PaidDate ?? default,
            Reference = string.IsNullOrWhiteSpace(form.Reference) ? null : form.Reference.Trim(),
        };
        if (form.PaidDate is null && !HasError("NewPayment.PaidDate"))
            ModelState.AddModelError("NewPayment.PaidDate", l["Validation.Required", l["Funding.Field.PaidDate"]]);
        if (form.Amount is null && !HasError("NewPayment.Amount"))
            ModelState.AddModelError("NewPayment.Amount", l["Validation.Required", l["Funding.Field.Amount"]]);
        var added = ModelState.IsValid ? await service.AddPaymentAsync(payment, Today, me.Change()) : null;
        if (added is not { Succeeded: true })
        {
            // A form already refused is checked against the rules too, so one round trip shows every mistake.
            Show(added?.Errors ?? FundingValidator.Validate(payment, Today), "NewPayment.");
            var model = await ProjectModelAsync(project!);
            model.NewPayment = form;
            return View("Project", model);
        }
        TempData.Flash(l["Funding.PaymentAdded"]);
        return Redirect($"/funding/projects/{id}");
    }
}
