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

    /// <summary>
    /// 0023_RoleSplit: role 5 stood for 领导小组成员 and 业委会成员 both. An account of role 5 scoped to a community can only
    /// be an owners' committee member (6); one scoped to a sub-district stays a leading-group member (5). The script is
    /// run again over such accounts by taking it out of DbUp's journal, as an older database would meet it.
    /// </summary>
    [Fact]
    public async Task The_role_split_moves_committee_members_scoped_to_a_community_and_keeps_the_leading_groups()
    {
        var file = Path.Combine(_folder, "roles.db");
        var connections = new SqliteConnectionFactory($"Data Source={file}");
        await new SqliteDatabaseMigrator(connections).MigrateAsync();
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO Node (Id, ParentId, Level, Name, Path) VALUES (1, NULL, 1, '市', '/1/'), (2, 1, 2, '区', '/1/2/'),
                    (3, 2, 3, '街道', '/1/2/3/'), (4, 3, 4, '社区', '/1/2/3/4/');
                INSERT INTO [User] (Id, UserName, DisplayName, PasswordHash, Role, ScopeNodeId) VALUES
                    (1, 'leader', '领导小组成员', 'x', 5, 3), (2, 'owner', '业委会成员', 'x', 5, 4), (3, 'officer', '社区专干', 'x', 4, 4);
                DELETE FROM SchemaVersions WHERE ScriptName LIKE '%0023_RoleSplit.sql';
                """;
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(["0023_RoleSplit.sql"], await new SqliteDatabaseMigrator(connections).MigrateAsync());

        await using var check = new SqliteConnection($"Data Source={file}");
        await check.OpenAsync();
        await using var read = check.CreateCommand();
        read.CommandText = "SELECT Role FROM [User] ORDER BY Id";
        var roles = new List<long>();
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                roles.Add(reader.GetInt64(0));
        Assert.Equal([(long)Core.Identity.Role.LeadingGroupMember, (long)Core.Identity.Role.OwnersCommitteeMember, (long)Core.Identity.Role.CommunityOfficer], roles);
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
