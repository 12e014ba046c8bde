using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Data;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Data.Sqlite;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite repositories, migrator and health check. All are singletons: they hold only
    /// the connection string and open a connection per call.
    /// </summary>
    public static IServiceCollection AddPortalSqlite(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        var connections = new SqliteConnectionFactory(connectionString);
        services.AddSingleton(connections);
        services.AddSingleton<INodeRepository, SqliteNodeRepository>();
        services.AddSingleton<INodeResponsibleRepository, SqliteNodeResponsibleRepository>();
        services.AddSingleton<IEstateRepository, SqliteEstateRepository>();
        services.AddSingleton<IUserRepository, SqliteUserRepository>();
        services.AddSingleton<IAuditRepository, SqliteAuditRepository>();
        services.AddSingleton<IDatabaseMigrator, SqliteDatabaseMigrator>();
        services.AddSingleton<IDatabaseHealth, SqliteDatabaseHealth>();
        services.AddSingleton<IDataProtectionKeyRepository, SqliteDataProtectionKeyRepository>();
        services.AddSingleton<ICampaignRepository, SqliteCampaignRepository>();
        services.AddSingleton<Core.Plans.IPlanRepository, SqlitePlanRepository>();
        services.AddSingleton<IWeeklyReturnRepository, SqliteWeeklyReturnRepository>();
        services.AddSingleton<IReturnShareRepository, SqliteReturnShareRepository>();
        services.AddSingleton<INotificationRepository, SqliteNotificationRepository>();
        services.AddSingleton<ISupervisionOrderRepository, SqliteSupervisionOrderRepository>();
        services.AddSingleton<IRobotWebhookRepository, SqliteRobotWebhookRepository>();
        services.AddSingleton<Core.Accountability.IAccountabilityRepository, SqliteAccountabilityRepository>();
        services.AddSingleton<Core.Coordination.ICoordinationRepository, SqliteCoordinationRepository>();
        services.AddSingleton<Core.Enterprises.IEnterpriseRepository, SqliteEnterpriseRepository>();
        services.AddSingleton<Core.Enterprises.IContractRepository, SqliteContractRepository>();
        services.AddSingleton<Core.Management.IManagementRepository, SqliteManagementRepository>();
        services.AddSingleton<IWebhookOutbox, SqliteWebhookOutbox>();
        services.AddSingleton<ICommitteeRepository, SqliteCommitteeRepository>();
        services.AddSingleton<Core.Briefings.IBriefingArchiveRepository, SqliteBriefingArchiveRepository>();
        services.AddSingleton<DistrictPortal.Core.Retrofit.IRetrofitRepository, SqliteRetrofitRepository>();
        services.AddSingleton<DistrictPortal.Core.Funding.IFundingRepository, SqliteFundingRepository>();
        services.AddSingleton<Core.League.ILeagueRepository, SqliteLeagueRepository>();
        services.AddSingleton<SqliteLookBackRepository>();
        services.AddSingleton<Core.LookBacks.ILookBackRepository>(p => p.GetRequiredService<SqliteLookBackRepository>());
        services.AddSingleton<Core.LookBacks.IStrikeOffEvidenceRepository>(p => p.GetRequiredService<SqliteLookBackRepository>());
        services.AddSingleton<SqliteStandardsRepository>();
        services.AddSingleton<Core.Standards.IServiceStandardRepository>(p => p.GetRequiredService<SqliteStandardsRepository>());
        services.AddSingleton<Core.Standards.IInspectionRepository>(p => p.GetRequiredService<SqliteStandardsRepository>());
        services.AddSingleton<Core.Packages.IPackageRepository, SqlitePackageRepository>();
        services.AddSingleton<ISignInThrottleRepository, SqliteSignInThrottleRepository>();
        services.AddSingleton<IScheduledRunRepository, SqliteScheduledRunRepository>();
        services.AddSingleton<Core.Attachments.IAttachmentRepository, SqliteAttachmentRepository>();
        return services;
    }
}
