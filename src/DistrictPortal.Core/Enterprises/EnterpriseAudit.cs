using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Enterprises;

/// <summary>The audit entries of the enterprise register's writes, built in Core and written by the repository with the row.</summary>
public static class EnterpriseAudit
{
    public static IReadOnlyList<AuditEntry> Created(Enterprise e, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AuditDiff(AuditEntities.Enterprise, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, nameof(Enterprise.Name), newValue: e.Name)
            .Action(AuditActions.Create, nameof(Enterprise.CreditCode), newValue: e.CreditCode)
            .Action(AuditActions.Create, nameof(Enterprise.IsStateOwned), newValue: e.IsStateOwned.ToString())
            .Entries;
    }

    /// <summary>One entry per field that changed; none when nothing did.</summary>
    public static IReadOnlyList<AuditEntry> Diff(Enterprise before, Enterprise after, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new AuditDiff(AuditEntities.Enterprise, before.Id, context)
            .Field(nameof(Enterprise.Name), before.Name, after.Name)
            .Field(nameof(Enterprise.CreditCode), before.CreditCode, after.CreditCode)
            .Field(nameof(Enterprise.IsStateOwned), before.IsStateOwned, after.IsStateOwned)
            .Field(nameof(Enterprise.ContactName), before.ContactName, after.ContactName)
            .Field(nameof(Enterprise.ContactPhone), before.ContactPhone, after.ContactPhone)
            .Entries;
    }
}
