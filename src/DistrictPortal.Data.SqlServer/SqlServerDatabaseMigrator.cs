using DbUp;
using DbUp.Engine;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Applies db/sqlserver/migrations (embedded as "sqlserver.migrations.*") with DbUp, one transaction per script, in
/// name order (the names are dated; <see cref="EmbeddedScriptMigrator"/>). The database itself must exist: production
/// databases are made by the DBA.
/// </summary>
public sealed class SqlServerDatabaseMigrator(string connectionString)
    : EmbeddedScriptMigrator(typeof(SqlServerDatabaseMigrator).Assembly, ResourcePrefix)
{
    /// <summary>The logical-name prefix the csproj gives the embedded migration scripts.</summary>
    public const string ResourcePrefix = "sqlserver.migrations.";

    /// <summary>The script names DbUp will see, in the order it runs them (for tests and diagnostics).</summary>
    public static IReadOnlyList<string> EmbeddedScriptNames() =>
        new MigrationScripts(typeof(SqlServerDatabaseMigrator).Assembly, ResourcePrefix).ResourceNames();

    protected override MigrationEngine Engine()
    {
        var engine = DeployChanges.To
            .SqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqlServerDatabaseMigrator).Assembly, Scripts.IsScript)
            .WithTransactionPerScript()
            // The scripts contain no $variables$; never let DbUp rewrite text that happens to look like one.
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();
        return new(() => engine.GetScriptsToExecute().Select(s => s.Name), () => Outcome(engine.PerformUpgrade()));
    }

    private static UpgradeOutcome Outcome(DatabaseUpgradeResult r) =>
        new(r.Successful, r.Scripts.Select(s => s.Name).ToArray(), r.ErrorScript?.Name, r.Error);
}
