using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Web.Features.Funding;

/// <summary>The reconciliation of a node and its children (a community: its projects) for one year; shared by the page and its export.</summary>
public sealed record FundingBoardData(int Year, Node Node, IReadOnlyList<Node> Lineage, FundingLine Total, IReadOnlyList<FundingLine> Lines)
{
    /// <summary>The lines are projects (keyed by project id), not child nodes.</summary>
    public bool LinesAreProjects { get; init; }
}

public sealed class FundingIndexViewModel
{
    public required FundingBoardData Board { get; init; }
    public required bool CanDrill { get; init; }

    /// <summary>Where a line leads: a child node's board, or a project's page.</summary>
    public string? LineLink(FundingLine line) =>
        Board.LinesAreProjects ? $"/funding/projects/{line.NodeId}" : CanDrill ? $"/funding{Query(node: line.NodeId)}" : null;

    public string Query(long? node = null, int? year = null) =>
        string.Create(CultureInfo.InvariantCulture, $"?year={year ?? Board.Year}&node={node ?? Board.Node.Id}");
}

/// <summary>A project's cost lines with who owes what, its payments, its balance, and the forms to add to them.</summary>
public sealed class FundingProjectViewModel
{
    public required RetrofitProject Project { get; init; }
    public required IReadOnlyList<(CostItem Cost, FundingSplit Split)> Costs { get; init; }
    public required IReadOnlyList<Payment> Payments { get; init; }
    public required FundingReconciliation Reconciliation { get; init; }
    public required IReadOnlyList<AuditEntry> Audit { get; init; }
    public required bool CanEdit { get; init; }
    public CostForm NewCost { get; set; } = new();
    public PaymentForm NewPayment { get; set; } = new();
}

public sealed class CostForm
{
    public long Id { get; set; }
    public long Version { get; set; }
    public CostCategory Category { get; set; } = CostCategory.EnvironmentWorks;
    public decimal? Amount { get; set; }
    public int Year { get; set; }
    public bool IsFinalAccount { get; set; }
    public HardshipApplication Hardship { get; set; }
    public DateOnly? HardshipDecidedDate { get; set; }
    public string? HardshipNote { get; set; }
    public string? Description { get; set; }

    public static CostForm From(CostItem c) => new()
    {
        Id = c.Id, Version = c.Version, Category = c.Category, Amount = c.Amount, Year = c.Year, IsFinalAccount = c.IsFinalAccount,
        Hardship = c.Hardship, HardshipDecidedDate = c.HardshipDecidedDate, HardshipNote = c.HardshipNote, Description = c.Description,
    };

    public CostItem ToCost(long projectId) => new()
    {
        Id = Id, Version = Version, ProjectId = projectId, Category = Category, Amount = Amount ?? 0m, Year = Year,
        IsFinalAccount = IsFinalAccount, Hardship = Hardship, HardshipDecidedDate = HardshipDecidedDate,
        HardshipNote = Blank(HardshipNote), Description = Blank(Description),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class PaymentForm
{
    public Payer Payer { get; set; } = Payer.City;
    public decimal? Amount { get; set; }
    public DateOnly? PaidDate { get; set; }
    public string? Reference { get; set; }
}

public sealed class CostEditViewModel
{
    public required RetrofitProject Project { get; init; }
    public required CostForm Form { get; init; }
    public required FundingSplit? Before { get; init; }
    public bool Conflict { get; set; }
}
