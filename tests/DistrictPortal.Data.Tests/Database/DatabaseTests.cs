using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Database;

public sealed class DatabaseTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Migrating_a_migrated_database_applies_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);

        Assert.Empty(await db.Migrator.PendingScriptsAsync());
        Assert.Empty(await db.Migrator.MigrateAsync());
        Assert.Empty(await db.Migrator.PendingScriptsAsync());
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_migrated_database_is_healthy(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        Assert.Null(await db.Health.CheckAsync());
    }
}
