using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>Who hears of a notice, which robots it goes to, and that raising it again repeats nothing.</summary>
public sealed class NoticeServiceTests
{
    private static readonly DateTime At = new(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Node Pailou = new() { Id = 7, Name = "牌楼街道", Level = NodeLevel.SubDistrict, Path = "/1/2/7/" };

    private readonly Users _users = new(
        new User { Id = 1, Role = Role.SubDistrictOfficer, ScopeNodeId = 7, ScopePath = "/1/2/7/", Email = "pailou@example.gov.cn" },
        new User { Id = 2, Role = Role.SubDistrictOfficer, ScopeNodeId = 7, ScopePath = "/1/2/7/", IsDisabled = true },
        new User { Id = 3, Role = Role.SubDistrictOfficer, ScopeNodeId = 8, ScopePath = "/1/2/8/" },
        new User { Id = 4, Role = Role.CommunityOfficer, ScopeNodeId = 70, ScopePath = "/1/2/7/70/" },
        new User { Id = 5, Role = Role.Admin, ScopeNodeId = 1, ScopePath = "/1/" },
        new User { Id = 6, Role = Role.BureauReviewer, ScopeNodeId = 2, ScopePath = "/1/2/" },
        new User { Id = 7, Role = Role.Admin, ScopeNodeId = 9, ScopePath = "/1/9/" });
    private readonly Inbox _inbox = new();
    private readonly Outbox _outbox = new();
    private readonly Mail _mail = new();
    private readonly Robots _robots = new(2, 7);

    private NoticeService Service => new(_users, _inbox, _robots, _outbox, new Wording(), _mail);

    private static Notice Notice(NoticeAudience audience, string key = "k1") =>
        new(NoticeKinds.ReturnSentBack, Pailou, ["牌楼街道", "2026-11-27", "请补充", "", "审核员"], "/returns/7/2026-11-27", key, audience);

    [Fact]
    public async Task A_return_notice_reaches_the_sub_districts_enabled_officers_and_a_supervision_notice_the_admins_over_it_too()
    {
        Assert.Equal(1, await Service.RaiseAsync(Notice(NoticeAudience.Officers), At));
        Assert.Equal([1L], _inbox.Items.Select(n => n.UserId));
        var item = _inbox.Items[0];
        Assert.Equal((NoticeKinds.ReturnSentBack, "ReturnSentBack|牌楼街道", "/returns/7/2026-11-27", At), (item.MessageKey, item.Title, item.Link, item.CreatedUtc));
        Assert.Equal("请补充", Core.Notifications.Notice.UnpackArgs(item.MessageArgs)[2]);

        Assert.Equal(2, await Service.RaiseAsync(Notice(NoticeAudience.OfficersAndAdmins, "k2"), At));
        Assert.Equal([1L, 5L], _inbox.Items.Where(n => n.DedupKey == "k2").Select(n => n.UserId).Order());
    }

    [Fact]
    public async Task Raising_again_tells_nobody_twice_mails_once_and_queues_one_message_per_robot_on_the_path()
    {
        await Service.RaiseAsync(Notice(NoticeAudience.Officers), At);
        Assert.Equal(0, await Service.RaiseAsync(Notice(NoticeAudience.Officers), At.AddMinutes(1)));

        Assert.Single(_inbox.Items);
        Assert.Equal([("pailou@example.gov.cn", "ReturnSentBack|牌楼街道", "body\n\nhttps://portal/returns/7/2026-11-27")], _mail.Sent);
        // The district's and the sub-district's robots (the city has none), once each, with the full address.
        Assert.Equal(["k1@2", "k1@7"], _outbox.Queued.Select(d => d.DeliveryId).Order());
        Assert.All(_outbox.Queued, d => Assert.Equal(("https://portal/returns/7/2026-11-27", At, DeliveryStatus.Pending), (d.Link, d.NextAttemptUtc, d.Status)));
    }

    [Fact]
    public async Task A_mail_that_fails_does_not_undo_the_notice()
    {
        _mail.Fail = true;
        Assert.Equal(1, await Service.RaiseAsync(Notice(NoticeAudience.Officers), At));
        Assert.Single(_inbox.Items);
        Assert.Equal(2, _outbox.Queued.Count);
    }

    private sealed class Wording : INoticeWording
    {
        public NoticeText InDefaultLanguage(string kind, IReadOnlyList<string> args) => new($"{kind}|{args[0]}", "body");
        public string Address(string link) => "https://portal" + link;
    }

    private sealed class Mail : IEmailSender
    {
        public List<(string To, string Subject, string Body)> Sent { get; } = [];
        public bool Fail { get; set; }

        public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
        {
            if (Fail)
                throw new InvalidOperationException("SMTP down");
            Sent.Add((to, subject, body));
            return Task.CompletedTask;
        }
    }

    private sealed class Inbox : INotificationRepository
    {
        public List<Notification> Items { get; } = [];

        public Task<bool> AddOnceAsync(Notification notification)
        {
            if (Items.Any(n => n.UserId == notification.UserId && n.DedupKey == notification.DedupKey))
                return Task.FromResult(false);
            Items.Add(notification);
            return Task.FromResult(true);
        }

        public Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100) => throw new NotSupportedException();
        public Task<int> CountUnreadAsync(long userId) => throw new NotSupportedException();
        public Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc) => throw new NotSupportedException();
    }

    private sealed class Outbox : IWebhookOutbox
    {
        public List<WebhookDelivery> Queued { get; } = [];

        public Task<bool> EnqueueOnceAsync(WebhookDelivery delivery)
        {
            if (Queued.Any(d => d.DeliveryId == delivery.DeliveryId))
                return Task.FromResult(false);
            Queued.Add(delivery);
            return Task.FromResult(true);
        }

        public Task<IReadOnlyList<WebhookDelivery>> ListDueAsync(DateTime nowUtc, int max) => throw new NotSupportedException();
        public Task<bool> ClaimAsync(long id, DateTime nowUtc, DateTime leaseUntilUtc) => throw new NotSupportedException();
        public Task<bool> MarkDeliveredAsync(long id, DateTime atUtc) => throw new NotSupportedException();
        public Task MarkAttemptFailedAsync(long id, string error, DateTime? nextAttemptUtc) => throw new NotSupportedException();
        public Task<WebhookDelivery?> GetAsync(string deliveryId) => throw new NotSupportedException();
        public Task<IReadOnlyList<WebhookDelivery>> ListRecentAsync(string scopePath, int max) => throw new NotSupportedException();
    }

    private sealed class Robots(params long[] nodeIds) : IRobotWebhookRepository
    {
        public Task<RobotWebhook?> GetAsync(long nodeId) =>
            Task.FromResult(nodeIds.Contains(nodeId) ? new RobotWebhook { NodeId = nodeId, Kind = RobotKind.WeCom, Url = "https://x/?key=1" } : null);

        public Task<IReadOnlyList<RobotWebhook>> ListAsync(string scopePath) => throw new NotSupportedException();
        public Task SaveAsync(RobotWebhook webhook, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    }

    private sealed class Users(params User[] users) : IUserRepository
    {
        public Task<IReadOnlyList<User>> ListAsync(string scopePath) =>
            Task.FromResult<IReadOnlyList<User>>(users.Where(u => u.ScopePath.StartsWith(scopePath, StringComparison.Ordinal)).ToList());

        public Task<User?> GetByIdAsync(long id) => throw new NotSupportedException();
        public Task<User?> GetByUserNameAsync(string userName) => throw new NotSupportedException();
        public Task<long> CreateAsync(User user, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task UpdateAsync(User user, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task<int> RecordFailedSignInAsync(long userId, DateTime? lockoutEndUtc, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task UnlockAsync(long userId, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task RecordSignInAsync(long userId, string? rehashedPassword, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task UpdateSecurityStampAsync(long userId, string securityStamp, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    }
}
