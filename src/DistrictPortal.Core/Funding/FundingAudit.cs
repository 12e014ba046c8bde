using System.Globalization;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Funding;

/// <summary>What an edit of a cost line changed, field by field, the same for both databases.</summary>
public static class FundingAudit
{
    public const string CostEntity = AuditEntities.CostItem;
    public const string PaymentEntity = AuditEntities.Payment;

    /// <summary>The entry of a new cost line (its id stamped by the repository, <see cref="AuditEntry.NewRow"/>).</summary>
    public static IReadOnlyList<AuditEntry> Created(CostItem cost, ChangeContext context) =>
        new AuditDiff(CostEntity, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, cost.Category.ToString(), null, cost.Amount.ToString(CultureInfo.InvariantCulture)).Entries;

    public static IReadOnlyList<AuditEntry> Created(Payment payment, ChangeContext context) =>
        new AuditDiff(PaymentEntity, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, payment.Payer.ToString(), null, payment.Amount.ToString(CultureInfo.InvariantCulture)).Entries;

    public static IReadOnlyList<AuditEntry> Diff(CostItem old, CostItem now, ChangeContext context) =>
        new AuditDiff(CostEntity, now.Id, context)
            .Field(nameof(CostItem.Amount), old.Amount, now.Amount)
            .Field(nameof(CostItem.IsFinalAccount), old.IsFinalAccount, now.IsFinalAccount)
            .Field(nameof(CostItem.Description), old.Description, now.Description)
            .Field(nameof(CostItem.Hardship), old.Hardship.ToString(), now.Hardship.ToString())
            .Field(nameof(CostItem.HardshipDecidedDate), old.HardshipDecidedDate, now.HardshipDecidedDate)
            .Field(nameof(CostItem.HardshipNote), old.HardshipNote, now.HardshipNote)
            .Entries;
}
