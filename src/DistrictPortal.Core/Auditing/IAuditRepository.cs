namespace DistrictPortal.Core.Auditing;

public interface IAuditRepository
{
    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200);

    /// <summary>
    /// The id of the newest entry, 0 when there is none. Every change writes an entry in its own transaction, so an
    /// unchanged id means nothing was changed: a cache of figures built from many tables (the league) checks this one
    /// cheap read instead of rebuilding.
    /// </summary>
    Task<long> ReadLatestIdAsync();
}
