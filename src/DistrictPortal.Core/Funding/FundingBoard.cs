using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Core.Funding;

/// <summary>One line of the reconciliation board: a node's owed and paid per payer for the year.</summary>
public sealed record FundingLine(long NodeId, string Name, FundingReconciliation Reconciliation);

/// <summary>
/// 资金对账 of a node and its children for one year: each cost line and payment counts under the child whose path
/// holds its project's lead estate. Children with neither are left out.
/// </summary>
public static class FundingBoard
{
    public static FundingLine Total(Node node, IReadOnlyList<RetrofitProject> projects, IReadOnlyList<CostItem> costs, IReadOnlyList<Payment> payments) =>
        Line(node, projects, costs, payments);

    public static IReadOnlyList<FundingLine> ByChild(
        IReadOnlyList<Node> children, IReadOnlyList<RetrofitProject> projects, IReadOnlyList<CostItem> costs, IReadOnlyList<Payment> payments) =>
        children.Select(c => Line(c, projects, costs, payments))
            .Where(l => l.Reconciliation.TotalOwed > 0 || l.Reconciliation.TotalPaid > 0 || l.Reconciliation.Waived > 0 || l.Reconciliation.Provisional > 0)
            .ToList();

    /// <summary>
    /// A community's board: one line per project under it (a community has no child nodes in the funding sense, its
    /// estates are where the projects are), keyed and named by the project, in the order given. Projects with nothing recorded are left out.
    /// </summary>
    public static IReadOnlyList<FundingLine> ByProject(
        Node node, IReadOnlyList<RetrofitProject> projects, IReadOnlyList<CostItem> costs, IReadOnlyList<Payment> payments) =>
        projects.Where(p => Scope.Contains(node.Path, p.EstatePath))
            .Select(p => new FundingLine(p.Id, string.IsNullOrEmpty(p.EstateName) ? p.Name : $"{p.EstateName} · {p.Name}", ForProject(p.Id,
                costs.Where(c => c.ProjectId == p.Id).ToList(), payments.Where(x => x.ProjectId == p.Id).ToList())))
            .Where(l => l.Reconciliation.TotalOwed > 0 || l.Reconciliation.TotalPaid > 0 || l.Reconciliation.Waived > 0 || l.Reconciliation.Provisional > 0)
            .ToList();

    private static FundingLine Line(Node node, IReadOnlyList<RetrofitProject> projects, IReadOnlyList<CostItem> costs, IReadOnlyList<Payment> payments)
    {
        var under = projects.Where(p => Scope.Contains(node.Path, p.EstatePath)).Select(p => p.Id).ToHashSet();
        var nodeCosts = costs.Where(c => under.Contains(c.ProjectId)).Select(c => Keyed(c, node.Id)).ToList();
        var nodePayments = payments.Where(p => under.Contains(p.ProjectId))
            .Select(p => new Payment { Id = p.Id, ProjectId = p.ProjectId, NodeId = node.Id, Payer = p.Payer, Amount = p.Amount, PaidDate = p.PaidDate })
            .ToList();
        return new(node.Id, node.Name, FundingReconciliation.ForNode(node.Id, nodeCosts, nodePayments));
    }

    /// <summary>A project's own reconciliation (its id as the key).</summary>
    public static FundingReconciliation ForProject(long projectId, IReadOnlyList<CostItem> costs, IReadOnlyList<Payment> payments) =>
        FundingReconciliation.ForNode(projectId,
            costs.Select(c => Keyed(c, projectId)).ToList(),
            payments.Select(p => new Payment { Id = p.Id, ProjectId = p.ProjectId, NodeId = projectId, Payer = p.Payer, Amount = p.Amount, PaidDate = p.PaidDate }).ToList());

    private static CostItem Keyed(CostItem c, long key) => new()
    {
        Id = c.Id, ProjectId = c.ProjectId, NodeId = key, Year = c.Year, Category = c.Category, Amount = c.Amount,
        IsFinalAccount = c.IsFinalAccount, Hardship = c.Hardship, HardshipDecidedDate = c.HardshipDecidedDate,
        HardshipNote = c.HardshipNote, Description = c.Description, Version = c.Version,
    };
}
