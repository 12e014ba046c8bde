using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Data;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// One test's view of one database: the services exactly as the web app registers them
/// (<c>AddPortalSqlite</c> / <c>AddPortalSqlServer</c>), on a migrated database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim SqlServerMigration = new(1, 1);
    private static bool _sqlServerMigrated;

    private readonly ServiceProvider _services;
    private readonly string? _sqliteFile;

    private TestDatabase(string backend, ServiceProvider services, string? sqliteFile)
    {
        Backend = backend;
        _services = services;
        _sqliteFile = sqliteFile;
    }

    public string Backend { get; }
    public INodeRepository Nodes => _services.GetRequiredService<INodeRepository>();
    public IEstateRepository Estates => _services.GetRequiredService<IEstateRepository>();
    public IUserRepository Users => _services.GetRequiredService<IUserRepository>();
    public IAuditRepository Audit => _services.GetRequiredService<IAuditRepository>();
    public IDatabaseMigrator Migrator => _services.GetRequiredService<IDatabaseMigrator>();
    public IDatabaseHealth Health => _services.GetRequiredService<IDatabaseHealth>();
    public ICampaignRepository Campaigns => _services.GetRequiredService<ICampaignRepository>();
    public IWeeklyReturnRepository Returns => _services.GetRequiredService<IWeeklyReturnRepository>();
    public IReturnShareRepository Shares => _services.GetRequiredService<IReturnShareRepository>();
    public INotificationRepository Notifications => _services.GetRequiredService<INotificationRepository>();
    public ISupervisionOrderRepository SupervisionOrders => _services.GetRequiredService<ISupervisionOrderRepository>();
    public IRobotWebhookRepository Robots => _services.GetRequiredService<IRobotWebhookRepository>();
    public IWebhookOutbox Outbox => _services.GetRequiredService<IWebhookOutbox>();
    public ICommitteeRepository Committees => _services.GetRequiredService<ICommitteeRepository>();
    public Core.Briefings.IBriefingArchiveRepository Briefings => _services.GetRequiredService<Core.Briefings.IBriefingArchiveRepository>();
    public DistrictPortal.Core.Retrofit.IRetrofitRepository Retrofit => _services.GetRequiredService<DistrictPortal.Core.Retrofit.IRetrofitRepository>();
    public DistrictPortal.Core.Funding.IFundingRepository Funding => _services.GetRequiredService<DistrictPortal.Core.Funding.IFundingRepository>();
    public Core.League.ILeagueRepository League => _services.GetRequiredService<Core.League.ILeagueRepository>();
    public ISignInThrottleRepository SignInThrottle => _services.GetRequiredService<ISignInThrottleRepository>();
    public IScheduledRunRepository ScheduledRuns => _services.GetRequiredService<IScheduledRunRepository>();
    public Core.Attachments.IAttachmentRepository Attachments => _services.GetRequiredService<Core.Attachments.IAttachmentRepository>();
    public Core.Accountability.IAccountabilityRepository Accountability => _services.GetRequiredService<Core.Accountability.IAccountabilityRepository>();
    public Core.Coordination.ICoordinationRepository Coordination => _services.GetRequiredService<Core.Coordination.ICoordinationRepository>();
    public Core.Enterprises.IEnterpriseRepository Enterprises => _services.GetRequiredService<Core.Enterprises.IEnterpriseRepository>();
    public Core.Enterprises.IContractRepository Contracts => _services.GetRequiredService<Core.Enterprises.IContractRepository>();
    public Core.Management.IManagementRepository Management => _services.GetRequiredService<Core.Management.IManagementRepository>();
    public Core.LookBacks.ILookBackRepository LookBacks => _services.GetRequiredService<Core.LookBacks.ILookBackRepository>();
    public Core.LookBacks.IStrikeOffEvidenceRepository EvidenceRules => _services.GetRequiredService<Core.LookBacks.IStrikeOffEvidenceRepository>();

    /// <summary>Who the suite's writes are made by; <paramref name="atUtc"/> defaults to now.</summary>
    public static ChangeContext Context(DateTime? atUtc = null) => new(0, "contract-test", atUtc ?? DateTime.UtcNow);

    /// <summary>A name no other test (or earlier run against a shared database) has used.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Any store the backend registers, for suites that need one the properties above do not name.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<TestDatabase> OpenAsync(string backend)
    {
        var services = new ServiceCollection();
        switch (backend)
        {
            case TestBackends.Sqlite:
                var file = Path.Combine(Path.GetTempPath(), "districtportal-data-tests", $"{Guid.NewGuid():N}.db");
                services.AddPortalSqlite($"Data Source={file}");
                var sqlite = new TestDatabase(backend, services.BuildServiceProvider(), file);
                await sqlite.Migrator.MigrateAsync();
                return sqlite;

            case TestBackends.SqlServer:
                var connectionString = TestBackends.SqlServerConnectionString
                    ?? throw new InvalidOperationException($"{TestBackends.SqlServerVariable} not set");
                SqlServerBackend.AddServices(services, connectionString);
                var sqlServer = new TestDatabase(backend, services.BuildServiceProvider(), null);
                await sqlServer.MigrateSharedDatabaseOnceAsync();
                return sqlServer;

            default:
                throw new ArgumentOutOfRangeException(nameof(backend), backend, "Unknown database.");
        }
    }

    /// <summary>An audited write on a connection of its own, left uncommitted until the test commits it.</summary>
    public Task<PendingWrite> BeginPendingWriteAsync() => PendingWrite.BeginAsync(Backend, _sqliteFile);

    /// <summary>The shared SQL Server database is migrated once per run, not by every test at once.</summary>
    private async Task MigrateSharedDatabaseOnceAsync()
    {
        await SqlServerMigration.WaitAsync();
        try
        {
            if (!_sqlServerMigrated)
            {
                await Migrator.MigrateAsync();
                _sqlServerMigrated = true;
            }
        }
        finally
        {
            SqlServerMigration.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is null)
        {
            return;
        }
        // Pooled connections keep the file open; let go of them before removing it.
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={_sqliteFile}"));
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless; a failing cleanup must not fail the test.
            }
        }
    }
}
