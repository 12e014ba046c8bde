using DbUp;
using DbUp.Engine;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Applies db/sqlite/migrations/NNNN_*.sql, embedded in this assembly under "sqlite.migrations.", in name
/// order, each script in its own transaction; DbUp's SchemaVersions table remembers what ran.
/// </summary>
public sealed class SqliteDatabaseMigrator(SqliteConnectionFactory connections) : IDatabaseMigrator
{
    public const string ScriptPrefix = "sqlite.migrations.";

    public Task<IReadOnlyList<string>> PendingScriptsAsync()
    {
        connections.EnsureDirectory();
        IReadOnlyList<string> pending = Engine().GetScriptsToExecute().Select(s => s.Name).ToList();
        return Task.FromResult(pending);
    }

    public Task<IReadOnlyList<string>> MigrateAsync()
    {
        connections.EnsureDirectory();
        DatabaseUpgradeResult result;
        try
        {
            result = Engine().PerformUpgrade();
        }
        catch (Exception e)
        {
            throw new MigrationFailedException("(connecting)", e);
        }
        if (!result.Successful)
        {
            throw new MigrationFailedException(result.ErrorScript?.Name ?? "(unknown)", result.Error);
        }
        IReadOnlyList<string> applied = result.Scripts.Select(s => s.Name).ToList();
        return Task.FromResult(applied);
    }

    private UpgradeEngine Engine() =>
        DeployChanges.To
            .SqliteDatabase(connections.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteDatabaseMigrator).Assembly, name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
}
