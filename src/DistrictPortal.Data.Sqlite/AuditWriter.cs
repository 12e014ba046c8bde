using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Writes audit rows inside the caller's transaction, so a change and its trail commit or fail together.</summary>
internal static class AuditWriter
{
    private const string InsertSql = """
        INSERT INTO AuditEntry (AtUtc, UserId, UserName, EntityType, EntityId, Action, Field, OldValue, NewValue)
        VALUES (@AtUtc, @UserId, @UserName, @EntityType, @EntityId, @Action, @Field, @OldValue, @NewValue)
        """;

    public static async Task WriteAsync(IDbConnection connection, IDbTransaction transaction, IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count > 0)
        {
            // Dapper runs the statement once per entry.
            await connection.ExecuteAsync(InsertSql, entries, transaction);
        }
    }

    public static Task WriteAsync(IDbConnection connection, IDbTransaction transaction, AuditEntry entry) =>
        WriteAsync(connection, transaction, [entry]);
}
