using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Tests.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>The process dies here: what was committed before stays, nothing after it happens.</summary>
public sealed class InjectedCrashException(string where) : Exception($"Injected crash: {where}");

/// <summary>
/// A switch that fires once, at the <c>n</c>-th call of the place it guards: the crash of a worker in the middle of a job.
/// After it has fired the store behaves again, as it does for the retry in a fresh process.
/// </summary>
internal sealed class CrashPoint(int atCall, string? keyPrefix = null)
{
    private int _calls;

    public bool Fired { get; private set; }

    /// <summary>Counts a call (only those whose key starts with the prefix, when one is given) and dies at the n-th.</summary>
    public void Check(string where, string key = "")
    {
        if (Fired || (keyPrefix is not null && !key.StartsWith(keyPrefix, StringComparison.Ordinal)) || ++_calls < atCall)
            return;
        Fired = true;
        throw new InjectedCrashException(where);
    }
}

/// <summary>The inbox store, crashing before its <c>n</c>-th write (the writes before it are committed).</summary>
internal sealed class CrashingInbox(INotificationRepository inner, CrashPoint crash) : INotificationRepository
{
    public Task<bool> AddOnceAsync(Notification notification)
    {
        crash.Check($"before inbox write for user {notification.UserId} ({notification.DedupKey})", notification.DedupKey);
        return inner.AddOnceAsync(notification);
    }

    public Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100) => inner.ListForUserAsync(userId, max);
    public Task<int> CountUnreadAsync(long userId) => inner.CountUnreadAsync(userId);
    public Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc) => inner.MarkReadAsync(userId, notificationId, atUtc);
}

/// <summary>The order store, crashing just after an order is committed (before anyone is told of it).</summary>
internal sealed class CrashingOrders(ISupervisionOrderRepository inner, CrashPoint crash) : ISupervisionOrderRepository
{
    public async Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
    {
        var id = await inner.RaiseOnceAsync(order, audit);
        crash.Check($"after raising the order for sub-district {order.SubDistrictId}, week {order.WeekEnding:yyyy-MM-dd}");
        return id;
    }

    public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) => inner.ListAsync(scopePath, openOnly);
    public Task<SupervisionOrder?> GetByIdAsync(long id) => inner.GetByIdAsync(id);
    public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit) => inner.CloseAsync(closed, audit);

    public Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => inner.RaiseByHandAsync(order, audit);

    public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit) => inner.UpdateStateAsync(changed, audit);
}

/// <summary>
/// <see cref="JobWorld"/>'s district and stores, with the jobs wired as the portal wires them (AddPortalJobs) but over
/// crashing stores: the first run dies at the crash point, the retry (a fresh scope, as Hangfire's next attempt) runs on
/// the same committed state.
/// </summary>
internal sealed class CrashWorld : IDisposable
{
    private readonly ServiceProvider _services;

    public CrashWorld(JobWorld world, CrashPoint? inboxCrash = null, CrashPoint? orderCrash = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddPortalJobs(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<INodeRepository>(world.Nodes);
        services.AddSingleton<IUserRepository>(world.Users);
        services.AddSingleton<ICampaignRepository>(world.Campaigns);
        services.AddSingleton<IWeeklyReturnRepository>(world.Returns);
        services.AddSingleton<INotificationRepository>(inboxCrash is null ? world.Inbox : new CrashingInbox(world.Inbox, inboxCrash));
        services.AddSingleton<ISupervisionOrderRepository>(orderCrash is null ? world.Orders : new CrashingOrders(world.Orders, orderCrash));
        services.AddSingleton<IEmailSender>(world.Email);
        services.AddSingleton<DistrictPortal.Core.Data.IScheduledRunRepository>(new InMemoryScheduledRuns());
        _services = services.BuildServiceProvider();
    }

    public T Job<T>() where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
