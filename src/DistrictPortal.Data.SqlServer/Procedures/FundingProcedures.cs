using DistrictPortal.Core.Funding;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[CostItem_*] and [dbo].[Payment_*] procedure; the properties are its parameters
// (see StoredProcedureAttribute).

[StoredProcedure("CostItem_Create")]
internal sealed record CostItemCreate(
    long ProjectId, int Year, CostCategory Category, decimal Amount, bool IsFinalAccount, HardshipApplication Hardship,
    DateOnly? HardshipDecidedDate, string? HardshipNote, string? Description) : IQuery<long>
{
    public static CostItemCreate From(CostItem c) =>
        new(c.ProjectId, c.Year, c.Category, c.Amount, c.IsFinalAccount, c.Hardship, c.HardshipDecidedDate, c.HardshipNote, c.Description);
}

[StoredProcedure("CostItem_Update")]
internal sealed record CostItemUpdate(
    long Id, decimal Amount, bool IsFinalAccount, HardshipApplication Hardship, DateOnly? HardshipDecidedDate, string? HardshipNote,
    string? Description, long Version) : ICommand
{
    public static CostItemUpdate From(CostItem c) =>
        new(c.Id, c.Amount, c.IsFinalAccount, c.Hardship, c.HardshipDecidedDate, c.HardshipNote, c.Description, c.Version);
}

[StoredProcedure("CostItem_ReadById")]
internal sealed record CostItemReadById(long Id) : IQuery<CostItemRow>;

[StoredProcedure("CostItem_ReadByProjectId")]
internal sealed record CostItemReadByProjectId(long ProjectId) : IQuery<CostItemRow>;

[StoredProcedure("CostItem_ReadByScopePathYear")]
internal sealed record CostItemReadByScopePathYear(string ScopePath, int Year) : IQuery<CostItemRow>;

[StoredProcedure("Payment_Create")]
internal sealed record PaymentCreate(long ProjectId, Payer Payer, decimal Amount, DateOnly PaidDate, string? Reference) : IQuery<long>;

[StoredProcedure("Payment_ReadByProjectId")]
internal sealed record PaymentReadByProjectId(long ProjectId) : IQuery<PaymentRow>;

[StoredProcedure("Payment_ReadByScopePathYear")]
internal sealed record PaymentReadByScopePathYear(string ScopePath, int Year) : IQuery<PaymentRow>;

/// <summary>A cost line's columns (Core's CostItem without the reconciliation key it is not stored with).</summary>
internal sealed class CostItemRow
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public int Year { get; set; }
    public CostCategory Category { get; set; }
    public decimal Amount { get; set; }
    public bool IsFinalAccount { get; set; }
    public HardshipApplication Hardship { get; set; }
    public DateOnly? HardshipDecidedDate { get; set; }
    public string? HardshipNote { get; set; }
    public string? Description { get; set; }
    public long Version { get; set; }

    public CostItem ToCost() => new()
    {
        Id = Id, ProjectId = ProjectId, Year = Year, Category = Category, Amount = Decimals.Canonical(Amount), IsFinalAccount = IsFinalAccount,
        Hardship = Hardship, HardshipDecidedDate = HardshipDecidedDate, HardshipNote = HardshipNote, Description = Description, Version = Version,
    };
}

internal sealed class PaymentRow
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public Payer Payer { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidDate { get; set; }
    public string? Reference { get; set; }

    public Payment ToPayment() => new()
    {
        Id = Id, ProjectId = ProjectId, Payer = Payer, Amount = Decimals.Canonical(Amount), PaidDate = PaidDate, Reference = Reference,
    };
}
