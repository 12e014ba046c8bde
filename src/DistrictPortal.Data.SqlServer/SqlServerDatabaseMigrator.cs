using DbUp;
using DbUp.Engine;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Applies db/sqlserver/migrations (embedded as "sqlserver.migrations.*") with DbUp, in name order (the names
/// are dated), one transaction per script. The database itself must exist: production databases are made by the DBA.
/// </summary>
public sealed class SqlServerDatabaseMigrator(string connectionString) : IDatabaseMigrator
{
    /// <summary>The logical-name prefix the csproj gives the embedded migration scripts.</summary>
    public const string ResourcePrefix = "sqlserver.migrations.";

    public Task<IReadOnlyList<string>> PendingScriptsAsync() =>
        Task.Run<IReadOnlyList<string>>(() => Engine().GetScriptsToExecute().Select(s => DisplayName(s.Name)).ToArray());

    public Task<IReadOnlyList<string>> MigrateAsync() =>
        Task.Run<IReadOnlyList<string>>(() =>
        {
            var result = Engine().PerformUpgrade();
            if (!result.Successful)
            {
                throw new MigrationFailedException(
                    DisplayName(result.ErrorScript?.Name ?? "(before any script)"),
                    result.Error ?? new InvalidOperationException("DbUp reported a failure without an error."));
            }
            return result.Scripts.Select(s => DisplayName(s.Name)).ToArray();
        });

    /// <summary>The script names DbUp will see, in the order it runs them (for tests and diagnostics).</summary>
    public static IReadOnlyList<string> EmbeddedScriptNames() =>
        typeof(SqlServerDatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(IsMigration)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private UpgradeEngine Engine() =>
        DeployChanges.To
            .SqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqlServerDatabaseMigrator).Assembly, IsMigration)
            .WithTransactionPerScript()
            // The scripts contain no $variables$; never let DbUp rewrite text that happens to look like one.
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();

    private static bool IsMigration(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

    private static string DisplayName(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? resourceName[ResourcePrefix.Length..] : resourceName;
}
