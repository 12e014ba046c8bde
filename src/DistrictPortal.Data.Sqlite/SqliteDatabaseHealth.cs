using Dapper;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Healthy when the file opens and the schema is there (a reachable but unmigrated file is not).</summary>
public sealed class SqliteDatabaseHealth(SqliteConnectionFactory connections) : IDatabaseHealth
{
    public async Task<string?> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            var command = new CommandDefinition(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'Node'",
                cancellationToken: cancellationToken);
            return await connection.ExecuteScalarAsync<long>(command) == 1
                ? null
                : "SQLite database has no schema: migrations have not run.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"SQLite database unavailable: {e.Message}";
        }
    }
}
