namespace DistrictPortal.Core.Data;

/// <summary>
/// Applies the dated migration scripts of the configured database (db/sqlite or db/sqlserver) with DbUp.
/// </summary>
public interface IDatabaseMigrator
{
    /// <summary>Names of scripts not yet applied, in the order they would run.</summary>
    Task<IReadOnlyList<string>> PendingScriptsAsync();

    /// <summary>Applies every pending script; returns the names applied. Throws <see cref="MigrationFailedException"/> on failure.</summary>
    Task<IReadOnlyList<string>> MigrateAsync();
}

public sealed class MigrationFailedException(string script, Exception inner)
    : Exception($"Migration script '{script}' failed: {inner.Message}", inner)
{
    public string Script { get; } = script;
}

/// <summary>Answers whether the database can be reached (for /health).</summary>
public interface IDatabaseHealth
{
    /// <summary>Null when healthy, otherwise a short description of what failed.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken = default);
}
