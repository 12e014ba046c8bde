using Dapper;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Data.Sqlite;

public sealed class SqliteAuditRepository(SqliteConnectionFactory connections) : IAuditRepository
{
    public async Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200)
    {
        await using var connection = await connections.OpenAsync();
        // Id breaks ties between entries of one write, which share their time: the last written comes first.
        var entries = await connection.QueryAsync<AuditEntry>(
            """
            SELECT Id, AtUtc, UserId, UserName, EntityType, EntityId, Action, Field, OldValue, NewValue
            FROM AuditEntry
            WHERE EntityType = @entityType AND EntityId = @entityId
            ORDER BY AtUtc DESC, Id DESC
            LIMIT @max
            """,
            new { entityType, entityId, max = Math.Max(0, max) });
        return entries.AsList();
    }

    public async Task<long> ReadChangeStampAsync()
    {
        await using var connection = await connections.OpenAsync();
        // SQLite lets one writer at a time hold the write lock from its first write to its commit, and ids are handed
        // out under that lock: a transaction that commits later always holds higher ids than any committed before, so
        // the newest committed id is a safe stamp here (unlike SQL Server, see IAuditRepository). Id is the rowid:
        // MAX reads the last page of the table, not the table.
        return await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(Id), 0) FROM AuditEntry");
    }
}
