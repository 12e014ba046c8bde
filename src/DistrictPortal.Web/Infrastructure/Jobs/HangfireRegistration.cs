using DistrictPortal.Web.Infrastructure.Configuration;
using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire on the configured database: its own SQLite file beside the portal's (SQLite's locking is per file,
/// so jobs never wait on the portal's writes), or its own schema in the portal's SQL Server database.
/// </summary>
public static class HangfireRegistration
{
    public static IServiceCollection AddPortalHangfire(
        this IServiceCollection services, DatabaseProvider provider, HangfireOptions options, string portalConnectionString, string contentRoot)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (provider == DatabaseProvider.SqlServer)
            {
                config.UseSqlServerStorage(options.SqlServerConnectionString ?? portalConnectionString, new SqlServerStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.Zero,
                });
            }
            else
            {
                config.UseSQLiteStorage(SqlitePath(options, contentRoot), new SQLiteStorageOptions
                {
                    // The default poll interval leaves queued jobs waiting for tens of seconds (STACK.md).
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                });
            }
        });
        if (options.Server)
        {
            services.AddHangfireServer();
        }
        return services;
    }

    public static string SqlitePath(HangfireOptions options, string contentRoot)
    {
        var path = options.SqlitePath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(contentRoot, "App_Data", "hangfire.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
