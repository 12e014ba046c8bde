using DbUp;
using DbUp.Engine;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Applies db/sqlite/migrations/NNNN_*.sql, embedded in this assembly under "sqlite.migrations.", with DbUp, each
/// script in its own transaction, in name order (<see cref="EmbeddedScriptMigrator"/>); DbUp's SchemaVersions table
/// remembers what ran. A file database's folder is made first, so a clean machine starts with no file at all.
/// </summary>
public sealed class SqliteDatabaseMigrator(SqliteConnectionFactory connections)
    : EmbeddedScriptMigrator(typeof(SqliteDatabaseMigrator).Assembly, ScriptPrefix)
{
    public const string ScriptPrefix = "sqlite.migrations.";

    protected override void BeforeRun() => connections.EnsureDirectory();

    protected override MigrationEngine Engine()
    {
        var engine = DeployChanges.To
            .SqliteDatabase(connections.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteDatabaseMigrator).Assembly, Scripts.IsScript)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        return new(() => engine.GetScriptsToExecute().Select(s => s.Name), () => Outcome(engine.PerformUpgrade()));
    }

    private static UpgradeOutcome Outcome(DatabaseUpgradeResult r) =>
        new(r.Successful, r.Scripts.Select(s => s.Name).ToArray(), r.ErrorScript?.Name, r.Error);
}
