using DbUp;
using DbUp.Engine;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Applies db/sqlite/migrations/NNNN_*.sql, embedded in this assembly under "sqlite.migrations.", with DbUp, each
/// script in its own transaction, in name order (<see cref="MigrationScripts"/>); DbUp's SchemaVersions table
/// remembers what ran. A file database's folder is made first, so a clean machine starts with no file at all.
/// </summary>
public sealed class SqliteDatabaseMigrator(SqliteConnectionFactory connections) : IDatabaseMigrator
{
    public const string ScriptPrefix = "sqlite.migrations.";

    private static readonly MigrationScripts Scripts = new(typeof(SqliteDatabaseMigrator).Assembly, ScriptPrefix);

    public Task<IReadOnlyList<string>> PendingScriptsAsync()
    {
        connections.EnsureDirectory();
        return Scripts.PendingAsync(() => Engine().GetScriptsToExecute().Select(s => s.Name));
    }

    public Task<IReadOnlyList<string>> MigrateAsync()
    {
        connections.EnsureDirectory();
        return Scripts.ApplyAsync(() => Outcome(Engine().PerformUpgrade()));
    }

    private static UpgradeOutcome Outcome(DatabaseUpgradeResult r) =>
        new(r.Successful, r.Scripts.Select(s => s.Name).ToArray(), r.ErrorScript?.Name, r.Error);

    private UpgradeEngine Engine() =>
        DeployChanges.To
            .SqliteDatabase(connections.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteDatabaseMigrator).Assembly, Scripts.IsScript)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
}
