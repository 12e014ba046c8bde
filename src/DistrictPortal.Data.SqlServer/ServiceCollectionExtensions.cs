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

namespace DistrictPortal.Data.SqlServer;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQL Server repositories, migrator and health check. All are stateless singletons that open a
    /// connection per call (ADO.NET pools them).
    /// </summary>
    public static IServiceCollection AddPortalSqlServer(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddSingleton<INodeRepository>(new SqlServerNodeRepository(connectionString));
        services.AddSingleton<INodeResponsibleRepository>(new SqlServerNodeResponsibleRepository(connectionString));
        services.AddSingleton<IEstateRepository>(new SqlServerEstateRepository(connectionString));
        services.AddSingleton<IUserRepository>(new SqlServerUserRepository(connectionString));
        services.AddSingleton<IAuditRepository>(new SqlServerAuditRepository(connectionString));
        services.AddSingleton<IDatabaseMigrator>(new SqlServerDatabaseMigrator(connectionString));
        services.AddSingleton<IDatabaseHealth>(new SqlServerDatabaseHealth(connectionString));
        services.AddSingleton<IDataProtectionKeyRepository>(new SqlServerDataProtectionKeyRepository(connectionString));
        services.AddSingleton<ICampaignRepository>(new SqlServerCampaignRepository(connectionString));
        services.AddSingleton<Core.Plans.IPlanRepository>(new SqlServerPlanRepository(connectionString));
        services.AddSingleton<IWeeklyReturnRepository>(new SqlServerWeeklyReturnRepository(connectionString));
        services.AddSingleton<IReturnShareRepository>(new SqlServerReturnShareRepository(connectionString));
        services.AddSingleton<INotificationRepository>(new SqlServerNotificationRepository(connectionString));
        services.AddSingleton<ISupervisionOrderRepository>(new SqlServerSupervisionOrderRepository(connectionString));
        services.AddSingleton<IRobotWebhookRepository>(new SqlServerRobotWebhookRepository(connectionString));
        services.AddSingleton<Core.Accountability.IAccountabilityRepository>(new SqlServerAccountabilityRepository(connectionString));
        services.AddSingleton<Core.Coordination.ICoordinationRepository>(new SqlServerCoordinationRepository(connectionString));
        services.AddSingleton<Core.Enterprises.IEnterpriseRepository>(new SqlServerEnterpriseRepository(connectionString));
        services.AddSingleton<Core.Enterprises.IContractRepository>(new SqlServerContractRepository(connectionString));
        services.AddSingleton<Core.Management.IManagementRepository>(new SqlServerManagementRepository(connectionString));
        services.AddSingleton<IWebhookOutbox>(new SqlServerWebhookOutbox(connectionString));
        services.AddSingleton<ICommitteeRepository>(new SqlServerCommitteeRepository(connectionString));
        services.AddSingleton<Core.Briefings.IBriefingArchiveRepository>(new SqlServerBriefingArchiveRepository(connectionString));
        services.AddSingleton<DistrictPortal.Core.Retrofit.IRetrofitRepository>(new SqlServerRetrofitRepository(connectionString));
        services.AddSingleton<DistrictPortal.Core.Funding.IFundingRepository>(new SqlServerFundingRepository(connectionString));
        services.AddSingleton<Core.League.ILeagueRepository>(new SqlServerLeagueRepository(connectionString));
        var lookBacks = new SqlServerLookBackRepository(connectionString);
        services.AddSingleton<Core.LookBacks.ILookBackRepository>(lookBacks);
        services.AddSingleton<Core.LookBacks.IStrikeOffEvidenceRepository>(lookBacks);
        var standards = new SqlServerStandardsRepository(connectionString);
        services.AddSingleton<Core.Standards.IServiceStandardRepository>(standards);
        services.AddSingleton<Core.Standards.IInspectionRepository>(standards);
        services.AddSingleton<Core.Packages.IPackageRepository>(new SqlServerPackageRepository(connectionString));
        services.AddSingleton<ISignInThrottleRepository>(new SqlServerSignInThrottleRepository(connectionString));
        services.AddSingleton<IScheduledRunRepository>(new SqlServerScheduledRunRepository(connectionString));
        services.AddSingleton<Core.Attachments.IAttachmentRepository>(new SqlServerAttachmentRepository(connectionString));
        return services;
    }
}
