namespace DistrictPortal.Core.Auditing;

public interface IAuditRepository
{
    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200);

    /// <summary>
    /// A number that is different once any change has committed after it was read: a cache of figures built from
    /// many tables (the league, its trend, its pages) checks this one cheap read instead of rebuilding. Every change
    /// writes audit entries in its own transaction, so the stamp is taken from the audit trail, but not as the
    /// newest id: SQL Server hands out identities in insert order, not commit order, so a long transaction can commit
    /// a lower id after a higher one, and a cache rebuilt in between would keep old figures under a stamp that never
    /// moves again. A value read while a change is still uncommitted must differ from every value read after it
    /// commits.
    /// </summary>
    Task<long> ReadChangeStampAsync();
}
