using System.Reflection;

namespace DistrictPortal.Core.Data;

/// <summary>
/// What running the dated migration scripts means whatever the database: which embedded resources are scripts (a
/// prefix the csproj gives them, ending ".sql"), the name a script is reported by (its file name), name order, and
/// a failed or unreachable run as one <see cref="MigrationFailedException"/>. Each backend's migrator only builds
/// its DbUp engine and hands the run here, so the two never drift apart on what they report.
/// </summary>
public sealed class MigrationScripts(Assembly assembly, string resourcePrefix)
{
    public string ResourcePrefix { get; } = resourcePrefix;

    public bool IsScript(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The embedded scripts' resource names in the order they run.</summary>
    public IReadOnlyList<string> ResourceNames() =>
        assembly.GetManifestResourceNames().Where(IsScript).Order(StringComparer.Ordinal).ToArray();

    /// <summary>"0001_Foundation.sql" for "sqlite.migrations.0001_Foundation.sql".</summary>
    public string FileName(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? resourceName[ResourcePrefix.Length..] : resourceName;

    /// <summary>The scripts still to run, by file name.</summary>
    public Task<IReadOnlyList<string>> PendingAsync(Func<IEnumerable<string>> pendingResourceNames) =>
        Task.Run<IReadOnlyList<string>>(() => Run(() => pendingResourceNames().Select(FileName).ToArray()));

    /// <summary>
    /// Runs <paramref name="upgrade"/> (DbUp's result as its parts) and answers the scripts applied by file name; a
    /// failed script, or a database that cannot be reached, is a <see cref="MigrationFailedException"/>.
    /// </summary>
    public Task<IReadOnlyList<string>> ApplyAsync(Func<UpgradeOutcome> upgrade) =>
        Task.Run<IReadOnlyList<string>>(() =>
        {
            var outcome = Run(upgrade);
            if (!outcome.Successful)
                throw new MigrationFailedException(FileName(outcome.FailedScript ?? "(before any script)"),
                    outcome.Error ?? new InvalidOperationException("DbUp reported a failure without an error."));
            return outcome.Applied.Select(FileName).ToArray();
        });

    private static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not MigrationFailedException)
        {
            throw new MigrationFailedException("(connecting)", e);
        }
    }
}

/// <summary>A migration run as DbUp reports it: success, the resource names applied, and the failing script with its error.</summary>
public sealed record UpgradeOutcome(bool Successful, IReadOnlyList<string> Applied, string? FailedScript, Exception? Error);

/// <summary>
/// The one shape of both backends' migrators: the scripts embedded under a prefix, what is pending, and a run reported
/// through <see cref="MigrationScripts"/>. A backend says only how its DbUp engine lists and runs them (and what must
/// exist first), so neither can drift from the other in what it reports or how it fails.
/// </summary>
public abstract class EmbeddedScriptMigrator(Assembly assembly, string resourcePrefix) : IDatabaseMigrator
{
    protected MigrationScripts Scripts { get; } = new(assembly, resourcePrefix);

    public Task<IReadOnlyList<string>> PendingScriptsAsync()
    {
        BeforeRun();
        return Scripts.PendingAsync(ScriptsToRun);
    }

    public Task<IReadOnlyList<string>> MigrateAsync()
    {
        BeforeRun();
        return Scripts.ApplyAsync(Run);
    }

    /// <summary>What must exist before the engine can connect (a file database's folder); nothing by default.</summary>
    protected virtual void BeforeRun()
    {
    }

    /// <summary>The backend's engine over <see cref="Scripts"/>: what it has still to run, and a run.</summary>
    protected abstract MigrationEngine Engine();

    private IEnumerable<string> ScriptsToRun() => Engine().Pending();

    private UpgradeOutcome Run() => Engine().Run();
}

/// <summary>A backend's DbUp engine as <see cref="EmbeddedScriptMigrator"/> drives it: the resource names still to run, and a run.</summary>
public sealed record MigrationEngine(Func<IEnumerable<string>> Pending, Func<UpgradeOutcome> Run);
