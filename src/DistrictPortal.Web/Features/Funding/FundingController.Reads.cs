using DistrictPortal.Core.Common;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Funding;

public sealed partial class FundingController
{
    /// <summary>The reconciliation of a node in scope (the user's own when absent) for a year (this one when absent); null when out of scope.</summary>
    private async Task<FundingBoardData?> BoardAsync(int? year, long? nodeId)
    {
        var node = await guard.ReadableNodeAsync(nodeId ?? me.ScopeNodeId);
        if (node is null)
            return null;
        var theYear = year is >= 2000 and <= 2100 ? year.Value : clock.CurrentYear;
        var projects = await retrofit.ListProjectsAsync(node.Path);
        var costs = await funding.ListCostsInScopeAsync(node.Path, theYear);
        var payments = await funding.ListPaymentsInScopeAsync(node.Path, theYear);
        var children = node.Level < NodeLevel.Community ? await nodes.GetChildrenAsync(node.Id) : [];
        var lineage = (await nodes.GetLineageAsync(node.Id)).Where(n => guard.Contains(n.Path)).ToList();
        // A community has no child nodes that carry projects: its lines are its projects, so the export is not a lone 合计 of zeros.
        var byProject = node.Level >= NodeLevel.Community;
        return new FundingBoardData(theYear, node, lineage,
            FundingBoard.Total(node, projects, costs, payments),
            byProject ? FundingBoard.ByProject(node, projects, costs, payments) : FundingBoard.ByChild(children, projects, costs, payments))
        {
            LinesAreProjects = byProject,
        };
    }

    private async Task<FundingProjectViewModel> ProjectModelAsync(RetrofitProject project)
    {
        var costs = await funding.ListCostsAsync(project.Id);
        var payments = await funding.ListPaymentsAsync(project.Id);
        var trail = new List<Core.Auditing.AuditEntry>();
        foreach (var cost in costs)
            trail.AddRange(await audit.ListForEntityAsync(FundingAudit.CostEntity, cost.Id));
        return new FundingProjectViewModel
        {
            Project = project,
            Costs = costs.Select(c => (c, FundingRules.Split(c))).ToList(),
            Payments = payments,
            Reconciliation = FundingBoard.ForProject(project.Id, costs, payments),
            Audit = trail.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).ToList(),
            CanEdit = RetrofitPermissions.CanEdit(me.Role),
            NewCost = new CostForm { Year = clock.CurrentYear },
            NewPayment = new PaymentForm { PaidDate = Today },
        };
    }

    /// <summary>A cost line whose project lies in scope and which the user may edit: missing and out of scope are both 404.</summary>
    private async Task<(CostItem? Cost, RetrofitProject? Project, IActionResult? Refused)> CostAsync(long id)
    {
        var cost = await funding.GetCostAsync(id);
        var project = cost is null ? null : await retrofit.GetProjectAsync(cost.ProjectId);
        return (cost, project, this.Refusal(guard.ToRead(project?.EstatePath, RetrofitPermissions.CanEdit)));
    }

    /// <summary>
    /// What the form itself can tell (an amount left empty), with the line's rules beside their fields (prefixed as the
    /// form names them) so one round trip shows every mistake; false when anything is wrong. Saving re-checks the rules.
    /// </summary>
    private bool Validate(CostItem cost, decimal? typedAmount, string prefix)
    {
        if (typedAmount is null && !HasError(prefix + nameof(CostItem.Amount)))
            ModelState.AddModelError(prefix + nameof(CostItem.Amount), l["Validation.Required", l["Funding.Field.Amount"]]);
        if (!ModelState.IsValid)
            Show(FundingValidator.Validate(cost, Today), prefix);
        return ModelState.IsValid;
    }

    /// <summary>Each refusal beside its field, unless that field already shows one.</summary>
    private void Show(IEnumerable<ValidationError> errors, string prefix)
    {
        foreach (var error in errors)
        {
            if (!HasError(prefix + error.Field))
                ModelState.AddModelError(prefix + error.Field, Message(error));
        }
    }

    private bool HasError(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    /// <summary>The portal's formatter; cost lines share some codes with the retrofit projects they belong to.</summary>
    private string Message(ValidationError error) => l.Message(error, "Funding", "Retrofit");
}
