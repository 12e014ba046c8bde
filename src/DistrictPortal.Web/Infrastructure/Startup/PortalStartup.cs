using DistrictPortal.Core.Data;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Startup;

/// <summary>Thrown when the portal must not start; the message says what to do.</summary>
public sealed class StartupRefusedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Before anything else starts (the web server, the Hangfire server): bring the database up to date, then seed the
/// demo data into an empty database when Portal:DemoData is on.
/// </summary>
public sealed class PortalStartup(
    IServiceProvider services,
    IOptions<DatabaseOptions> database,
    IOptions<PortalOptions> portal,
    ILogger<PortalStartup> log) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var options = database.Value;
        try
        {
            await BringDatabaseUpToDateAsync(services.GetRequiredService<IDatabaseMigrator>(), options);
        }
        catch (MigrationFailedException ex)
        {
            throw new StartupRefusedException(
                $"Migration script {ex.Script} of the {options.Provider} database failed, so the portal will not start: "
                + (ex.InnerException?.Message ?? ex.Message), ex);
        }
        catch (Exception ex) when (ex is not StartupRefusedException)
        {
            throw new StartupRefusedException(
                $"The {options.Provider} database could not be checked for migrations, so the portal will not start: {ex.Message}", ex);
        }

        if (portal.Value.DemoData)
        {
            using var scope = services.CreateScope();
            if (await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync())
                log.LogInformation("Seeded the demo data into an empty database");
        }
    }

    private async Task BringDatabaseUpToDateAsync(IDatabaseMigrator migrator, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStartup)
        {
            foreach (var script in await migrator.MigrateAsync())
                log.LogInformation("Applied migration {Script}", script);
            return;
        }
        var pending = await migrator.PendingScriptsAsync();
        if (pending.Count > 0)
            throw new StartupRefusedException(PendingMessage(options.Provider, pending));
    }

    public static string PendingMessage(DatabaseProvider provider, IReadOnlyList<string> pending) =>
        $"The {provider} database has {pending.Count} pending migration script(s): {string.Join(", ", pending)}. "
        + "Database:MigrateOnStartup is false, so the portal will not start. Apply them first with "
        + "`dotnet run --project src/DistrictPortal.Web -- migrate`, or set Database:MigrateOnStartup=true.";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
