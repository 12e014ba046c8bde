using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Tests.Jobs;

/// <summary>
/// Just enough of the repositories, in memory and following their contracts (AddOnce by user and key, RaiseOnce by
/// sub-district and week, MarkOverdue false when already marked), to drive the jobs through exact situations.
/// The same jobs run against SQLite in <see cref="JobsOnSqliteTests"/>.
/// </summary>
internal sealed class InMemoryNodes : INodeRepository
{
    public List<Node> All { get; } = [];

    public Node Add(long id, long? parentId, NodeLevel level, string name)
    {
        var parentPath = parentId is { } p ? All.Single(n => n.Id == p).Path : "/";
        var node = new Node { Id = id, ParentId = parentId, Level = level, Name = name, Path = $"{parentPath}{id}/" };
        All.Add(node);
        return node;
    }

    public Task<Node?> GetByIdAsync(long id) => Task.FromResult(All.FirstOrDefault(n => n.Id == id));
    public Task<IReadOnlyList<Node>> GetRootsAsync() => Task.FromResult<IReadOnlyList<Node>>(All.Where(n => n.ParentId is null).ToList());
    public Task<IReadOnlyList<Node>> ListByLevelAsync(string scopePath, NodeLevel level, bool includeRetired = false) =>
        Task.FromResult<IReadOnlyList<Node>>(All.Where(n => n.Level == level && n.Path.StartsWith(scopePath, StringComparison.Ordinal)).ToList());
    public Task<IReadOnlyList<Node>> GetLineageAsync(long id) => throw new NotSupportedException();
    public Task<IReadOnlyList<Node>> GetChildrenAsync(long parentId, bool includeRetired = false) => throw new NotSupportedException();
    public Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task RenameAsync(long id, string newName, long expectedVersion, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task MoveAsync(long id, long newParentId, long expectedVersion, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task SetRetiredAsync(long id, bool retired, long expectedVersion, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task<NodeReferences> ReadReferencesAsync(long id) => throw new NotSupportedException();
    public Task<bool> DeleteIfUnusedAsync(long id, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
}

internal sealed class InMemoryUsers(InMemoryNodes nodes) : IUserRepository
{
    public List<User> All { get; } = [];

    public User Add(long id, Role role, long scopeNodeId, string? email = null)
    {
        var scope = nodes.All.Single(n => n.Id == scopeNodeId);
        var user = new User { Id = id, UserName = $"user{id}", DisplayName = $"用户{id}", Role = role, ScopeNodeId = scopeNodeId, Email = email, ScopePath = scope.Path, ScopeName = scope.Name };
        All.Add(user);
        return user;
    }

    public Task<IReadOnlyList<User>> ListAsync(string scopePath) =>
        Task.FromResult<IReadOnlyList<User>>(All.Where(u => u.ScopePath.StartsWith(scopePath, StringComparison.Ordinal)).ToList());
    public Task<User?> GetByIdAsync(long id) => Task.FromResult(All.FirstOrDefault(u => u.Id == id));
    public Task<User?> GetByUserNameAsync(string userName) => throw new NotSupportedException();
    public Task<long> CreateAsync(User user, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task UpdateAsync(User user, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task<int> RecordFailedSignInAsync(long userId, DateTime? lockoutEndUtc, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task UnlockAsync(long userId, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task RecordSignInAsync(long userId, string? rehashedPassword, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task UpdateSecurityStampAsync(long userId, string securityStamp, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
}

internal sealed class InMemoryCampaigns : ICampaignRepository
{
    public List<Campaign> Campaigns { get; } = [];
    public List<CampaignEstate> Estates { get; } = [];
    public List<CalendarDay> Calendar { get; } = [];

    public Task<Campaign?> GetByIdAsync(long id) => Task.FromResult(Campaigns.FirstOrDefault(c => c.Id == id));
    public Task<Campaign?> GetForNodeAsync(string nodePath) =>
        Task.FromResult(Campaigns.Where(c => nodePath.Contains($"/{c.DistrictId}/", StringComparison.Ordinal)).OrderByDescending(c => c.Id).FirstOrDefault());
    public Task<IReadOnlyList<CampaignEstate>> ListEstatesAsync(long campaignId, long? subDistrictId, bool includeRemoved = false) =>
        Task.FromResult<IReadOnlyList<CampaignEstate>>(Estates.Where(e => e.CampaignId == campaignId && (subDistrictId is null || e.SubDistrictId == subDistrictId)
            && (includeRemoved || e.RemovedUtc is null)).ToList());
    public Task<IReadOnlyList<CalendarDay>> ListCalendarAsync(DateOnly from, DateOnly to) =>
        Task.FromResult<IReadOnlyList<CalendarDay>>(Calendar.Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToList());
    public Task<IReadOnlyList<Campaign>> ListAsync(string scopePath) => throw new NotSupportedException();
    public Task<long> CreateAsync(Campaign campaign, DateTime atUtc, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task UpdateAsync(Campaign campaign, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task AddEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task RemoveEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task ReplaceCalendarAsync(DateOnly from, DateOnly to, IReadOnlyList<CalendarDay> days, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
}

internal sealed class InMemoryReturns(InMemoryNodes nodes) : IWeeklyReturnRepository
{
    public List<WeeklyReturn> All { get; } = [];
    public Dictionary<long, DateTime> MarkedOverdue { get; } = [];
    public List<ReturnSnapshot> Snapshots { get; } = [];

    public WeeklyReturn Add(long subDistrictId, DateOnly week, ReturnStatus status, DateTime? firstSubmittedUtc, DateTime? reviewedUtc = null)
    {
        var r = new WeeklyReturn
        {
            Id = All.Count + 1, SubDistrictId = subDistrictId, WeekEnding = week, Status = status, FirstSubmittedUtc = firstSubmittedUtc,
            ReviewedUtc = reviewedUtc, SubDistrictName = nodes.All.Single(n => n.Id == subDistrictId).Name, Version = 1,
        };
        All.Add(r);
        return r;
    }

    public Task<IReadOnlyList<ReturnSummary>> ListAsync(string scopePath, DateOnly from, DateOnly to) =>
        Task.FromResult<IReadOnlyList<ReturnSummary>>(All
            .Where(r => r.WeekEnding >= from && r.WeekEnding <= to && nodes.All.Single(n => n.Id == r.SubDistrictId).Path.StartsWith(scopePath, StringComparison.Ordinal))
            .OrderByDescending(r => r.WeekEnding)
            .Select(r => new ReturnSummary
            {
                Id = r.Id, SubDistrictId = r.SubDistrictId, SubDistrictName = r.SubDistrictName, WeekEnding = r.WeekEnding, Status = r.Status,
                FirstSubmittedUtc = r.FirstSubmittedUtc, ReviewedUtc = r.ReviewedUtc, MarkedOverdueUtc = MarkedOverdue.TryGetValue(r.Id, out var m) ? m : null,
            }).ToList());

    public Task<bool> MarkOverdueAsync(long subDistrictId, DateOnly weekEnding, OverdueMarking mark)
    {
        var r = All.FirstOrDefault(x => x.SubDistrictId == subDistrictId && x.WeekEnding == weekEnding)
            ?? Add(subDistrictId, weekEnding, ReturnStatus.Draft, null);
        return Task.FromResult(MarkedOverdue.TryAdd(r.Id, mark.AtUtc));
    }

    public Task<WeeklyReturn?> GetByIdAsync(long id) => Task.FromResult(All.FirstOrDefault(r => r.Id == id));
    public Task<WeeklyReturn?> GetAsync(long subDistrictId, DateOnly weekEnding) =>
        Task.FromResult(All.FirstOrDefault(r => r.SubDistrictId == subDistrictId && r.WeekEnding == weekEnding));
    public Task<IReadOnlyList<ReturnSnapshot>> ListSnapshotsAsync(long weeklyReturnId) =>
        Task.FromResult<IReadOnlyList<ReturnSnapshot>>(Snapshots.Where(s => s.WeeklyReturnId == weeklyReturnId).ToList());

    public Task<IReadOnlyList<RegistryFacts>> ListRegistryFactsAsync(long subDistrictId) => Task.FromResult<IReadOnlyList<RegistryFacts>>([]);

    public Task AcceptAsync(WeeklyReturn weeklyReturn, ReturnSnapshot snapshot, IReadOnlyList<RegistryUpdate> registry, IReadOnlyList<AuditEntry> audit)
    {
        var stored = All.Single(r => r.Id == weeklyReturn.Id);
        if (stored.Version != weeklyReturn.Version)
            throw new ConcurrencyConflictException("WeeklyReturn", weeklyReturn.Id);
        stored.Version++;
        snapshot.Id = Snapshots.Count + 1;
        Snapshots.Add(snapshot);
        return Task.CompletedTask;
    }

    public Task<WeeklyReturn?> GetLastAcceptedAsync(long subDistrictId, DateOnly weekEnding) => throw new NotSupportedException();
    public Task<long> CreateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task UpdateAsync(WeeklyReturn weeklyReturn, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    public Task<IReadOnlyList<ReturnSnapshot>> ListCurrentSnapshotsAsync(string scopePath, DateOnly from, DateOnly to) => throw new NotSupportedException();
}

internal sealed class InMemoryInbox : INotificationRepository
{
    public List<Notification> All { get; } = [];

    public Task<bool> AddOnceAsync(Notification notification)
    {
        if (All.Any(n => n.UserId == notification.UserId && n.DedupKey == notification.DedupKey))
            return Task.FromResult(false);
        notification.Id = All.Count + 1;
        All.Add(notification);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100) =>
        Task.FromResult<IReadOnlyList<Notification>>(All.Where(n => n.UserId == userId).Reverse().Take(max).ToList());
    public Task<int> CountUnreadAsync(long userId) => Task.FromResult(All.Count(n => n.UserId == userId && n.ReadUtc is null));
    public Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc) => throw new NotSupportedException();
}

internal sealed class InMemoryOrders : ISupervisionOrderRepository
{
    public List<SupervisionOrder> All { get; } = [];

    public Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
    {
        if (All.Any(o => o.SubDistrictId == order.SubDistrictId && o.WeekEnding == order.WeekEnding))
            return Task.FromResult<long?>(null);
        order.Id = All.Count + 1;
        All.Add(order);
        return Task.FromResult<long?>(order.Id);
    }

    public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) =>
        Task.FromResult<IReadOnlyList<SupervisionOrder>>(All.Where(o => !openOnly || o.IsOpen).ToList());
    public Task<SupervisionOrder?> GetByIdAsync(long id) => Task.FromResult(All.FirstOrDefault(o => o.Id == id));
    public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();

    public Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();

    public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
}

internal sealed class RecordingEmail : IEmailSender
{
    public List<(string To, string Subject)> Sent { get; } = [];

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        Sent.Add((to, subject));
        return Task.CompletedTask;
    }
}
