using DistrictPortal.Core.Auditing;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Reads the audit trail; entries are written by the other repositories inside their own transactions.</summary>
public sealed class SqlServerAuditRepository(string connectionString) : IAuditRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200) =>
        _db.ReadAsync(async c =>
        {
            var entries = await c.CallAsync(new AuditEntryReadByEntity(entityType, entityId, Math.Max(0, max)));
            foreach (var entry in entries)
            {
                entry.AtUtc = AuditWriter.AsUtc(entry.AtUtc);
            }
            return entries;
        });

    public Task<long> ReadChangeStampAsync() =>
        _db.ReadAsync(async c => (await c.CallAsync(new AuditEntryReadChangeStamp())).Single());
}
