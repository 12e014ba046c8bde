using DistrictPortal.Core.Data;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Startup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Tests.Startup;

public sealed class PortalStartupTests
{
    private sealed class FakeMigrator(params string[] pending) : IDatabaseMigrator
    {
        public int Migrations { get; private set; }
        public Task<IReadOnlyList<string>> PendingScriptsAsync() => Task.FromResult<IReadOnlyList<string>>(pending);
        public Task<IReadOnlyList<string>> MigrateAsync()
        {
            Migrations++;
            return Task.FromResult<IReadOnlyList<string>>(pending);
        }
    }

    private static PortalStartup Startup(FakeMigrator migrator, DatabaseOptions database) =>
        new(new ServiceCollection().AddSingleton<IDatabaseMigrator>(migrator).BuildServiceProvider(),
            Options.Create(database), Options.Create(new PortalOptions { DemoData = false }), NullLogger<PortalStartup>.Instance);

    [Fact]
    public async Task Sql_server_without_migrate_on_start_up_refuses_to_start_while_scripts_are_pending()
    {
        var migrator = new FakeMigrator("2026-11-26_01_Foundation.sql");
        var startup = Startup(migrator, new DatabaseOptions { Provider = DatabaseProvider.SqlServer, MigrateOnStartup = false });

        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => startup.StartingAsync(CancellationToken.None));

        Assert.Contains("2026-11-26_01_Foundation.sql", refused.Message);
        Assert.Contains("-- migrate", refused.Message);
        Assert.Equal(0, migrator.Migrations);
    }

    [Fact]
    public async Task Sql_server_without_migrate_on_start_up_starts_when_nothing_is_pending()
    {
        var migrator = new FakeMigrator();
        await Startup(migrator, new DatabaseOptions { Provider = DatabaseProvider.SqlServer, MigrateOnStartup = false })
            .StartingAsync(CancellationToken.None);
        Assert.Equal(0, migrator.Migrations);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.Sqlite, true)]
    [InlineData(DatabaseProvider.SqlServer, true)]
    public async Task Otherwise_the_pending_scripts_are_applied_at_start_up(DatabaseProvider provider, bool migrateOnStartup)
    {
        var migrator = new FakeMigrator("0002_Next.sql");
        await Startup(migrator, new DatabaseOptions { Provider = provider, MigrateOnStartup = migrateOnStartup })
            .StartingAsync(CancellationToken.None);
        Assert.Equal(1, migrator.Migrations);
    }
}
