using DistrictPortal.Core.Data;
using DistrictPortal.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Tests.Sqlite;

/// <summary>What only SQLite has: a database that starts as no file at all. Not part of the contract suite.</summary>
public sealed class SqliteMigratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "districtportal-data-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_new_file_gets_every_script_once_in_order_and_is_then_healthy()
    {
        // Every script the data project embeds, in name order: a migration added later joins the list by itself.
        var scripts = typeof(SqliteDatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("sqlite.migrations.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal("sqlite.migrations.0001_Foundation.sql", scripts[0]);
        Assert.Contains("sqlite.migrations.0007_RegistryIndexes.sql", scripts);
        var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(_folder, "App_Data", "portal.db")}");
        var migrator = new SqliteDatabaseMigrator(connections);
        var health = new SqliteDatabaseHealth(connections);

        // Reported by file name, as the SQL Server migrator reports its own (Core's MigrationScripts).
        var files = scripts.Select(s => s["sqlite.migrations.".Length..]).ToList();
        Assert.Equal(files, await migrator.PendingScriptsAsync());
        Assert.NotNull(await health.CheckAsync());
        Assert.Equal(files, await migrator.MigrateAsync());
        Assert.Empty(await migrator.MigrateAsync());
        Assert.Null(await health.CheckAsync());
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_fails_with_a_migration_error_and_an_unhealthy_check()
    {
        // A read-only open of a file that does not exist cannot succeed.
        var connections = new SqliteConnectionFactory($"Data Source={Path.Combine(_folder, "missing.db")};Mode=ReadOnly");

        await Assert.ThrowsAsync<MigrationFailedException>(() => new SqliteDatabaseMigrator(connections).MigrateAsync());
        Assert.StartsWith("SQLite database unavailable", await new SqliteDatabaseHealth(connections).CheckAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
