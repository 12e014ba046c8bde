namespace DistrictPortal.Core.Auditing;

public interface IAuditRepository
{
    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200);
}
