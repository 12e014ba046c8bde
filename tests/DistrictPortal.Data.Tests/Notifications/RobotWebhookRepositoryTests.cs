using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Notifications;

/// <summary>Issue 15's stores, on every configured database: the node's group robot, the robot outbox, and notices' keys.</summary>
public sealed class RobotWebhookRepositoryTests
{
    private static readonly DateTime At = new(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<AuditEntry> Audit(long nodeId, string field) =>
        new AuditDiff(AuditEntities.RobotWebhook, nodeId, TestDatabase.Context(At)).Action(AuditActions.Update, field, null, "x").Entries;

    [DatabaseTheory, DatabaseData]
    public async Task A_robot_is_set_replaced_listed_by_scope_and_removed_each_with_its_audit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var robot = new RobotWebhook
        {
            NodeId = tree.SubDistrictA.Id, Kind = RobotKind.DingTalk, Url = "https://oapi.dingtalk.com/robot/send?access_token=abc", Secret = "SECabc", UpdatedUtc = At,
        };
        await db.Robots.SaveAsync(robot, Audit(tree.SubDistrictA.Id, "Url"));
        await db.Robots.SaveAsync(new RobotWebhook { NodeId = tree.District.Id, Kind = RobotKind.WeCom, Url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1", UpdatedUtc = At },
            Audit(tree.District.Id, "Url"));

        var stored = await db.Robots.GetAsync(tree.SubDistrictA.Id);
        Assert.Equal((RobotKind.DingTalk, robot.Url, "SECabc", tree.SubDistrictA.Name, tree.SubDistrictA.Path, At),
            (stored!.Kind, stored.Url, stored.Secret, stored.NodeName, stored.NodePath, stored.UpdatedUtc));

        // Saving again replaces (one robot per node), a WeCom robot has no secret.
        await db.Robots.SaveAsync(new RobotWebhook { NodeId = tree.SubDistrictA.Id, Kind = RobotKind.WeCom, Url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k2", UpdatedUtc = At.AddHours(1) },
            Audit(tree.SubDistrictA.Id, "Kind"));
        stored = await db.Robots.GetAsync(tree.SubDistrictA.Id);
        Assert.Equal((RobotKind.WeCom, (string?)null), (stored!.Kind, stored.Secret));
        Assert.Equal([tree.District.Id, tree.SubDistrictA.Id], (await db.Robots.ListAsync(tree.District.Path)).Select(r => r.NodeId));
        Assert.Equal([tree.SubDistrictA.Id], (await db.Robots.ListAsync(tree.SubDistrictA.Path)).Select(r => r.NodeId));
        Assert.Empty(await db.Robots.ListAsync(tree.SubDistrictB.Path));
        Assert.Empty(await db.Robots.ListAsync(""));

        Assert.True(await db.Robots.DeleteAsync(tree.SubDistrictA.Id, Audit(tree.SubDistrictA.Id, "Delete")));
        Assert.False(await db.Robots.DeleteAsync(tree.SubDistrictA.Id, Audit(tree.SubDistrictA.Id, "Never")));
        Assert.Null(await db.Robots.GetAsync(tree.SubDistrictA.Id));
        // Three writes, three entries; the delete of nothing wrote none.
        Assert.Equal(["Url", "Kind", "Delete"], (await db.Audit.ListForEntityAsync(AuditEntities.RobotWebhook, tree.SubDistrictA.Id)).OrderBy(e => e.Id).Select(e => e.Field));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_robot_for_an_unknown_node_is_refused_and_nothing_is_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Robots.SaveAsync(
            new RobotWebhook { NodeId = long.MaxValue, Kind = RobotKind.WeCom, Url = "https://x/?key=1", UpdatedUtc = At }, Audit(long.MaxValue, "Url")));
        Assert.Empty(await db.Audit.ListForEntityAsync(AuditEntities.RobotWebhook, long.MaxValue));
    }

    private static WebhookDelivery Delivery(long nodeId, string key, DateTime due) => new()
    {
        DeliveryId = WebhookDelivery.IdFor(key, nodeId), NodeId = nodeId, Title = "牌楼街道 周报被退回", Body = "退回理由：缺少照片", Link = "/returns/1/2026-11-27",
        CreatedUtc = At, NextAttemptUtc = due,
    };

    [DatabaseTheory, DatabaseData]
    public async Task The_outbox_queues_once_per_delivery_id_and_a_delivery_is_taken_and_finished_once(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var key = TestDatabase.Unique("notice");
        var first = Delivery(tree.SubDistrictA.Id, key, At);
        Assert.True(await db.Outbox.EnqueueOnceAsync(first));
        Assert.False(await db.Outbox.EnqueueOnceAsync(Delivery(tree.SubDistrictA.Id, key, At)));
        Assert.True(await db.Outbox.EnqueueOnceAsync(Delivery(tree.District.Id, key, At)));
        Assert.True(first.Id > 0);

        var due = (await db.Outbox.ListDueAsync(At, 1000)).Where(d => d.DeliveryId.StartsWith(key, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, due.Count);
        Assert.DoesNotContain(await db.Outbox.ListDueAsync(At.AddSeconds(-1), 1000), d => d.DeliveryId.StartsWith(key, StringComparison.Ordinal));

        // Two runs at once: one takes it; while leased it is neither due nor taken again.
        Assert.True(await db.Outbox.ClaimAsync(first.Id, At, At.AddMinutes(3)));
        Assert.False(await db.Outbox.ClaimAsync(first.Id, At.AddMinutes(1), At.AddMinutes(4)));
        Assert.DoesNotContain(await db.Outbox.ListDueAsync(At.AddMinutes(1), 1000), d => d.Id == first.Id);

        Assert.True(await db.Outbox.MarkDeliveredAsync(first.Id, At.AddSeconds(5)));
        Assert.False(await db.Outbox.MarkDeliveredAsync(first.Id, At.AddSeconds(6)));
        Assert.False(await db.Outbox.ClaimAsync(first.Id, At.AddHours(1), At.AddHours(2)));
        var stored = await db.Outbox.GetAsync(first.DeliveryId);
        Assert.Equal((DeliveryStatus.Delivered, 1, (DateTime?)At.AddSeconds(5), "牌楼街道 周报被退回", "/returns/1/2026-11-27"),
            (stored!.Status, stored.Attempts, stored.DeliveredUtc, stored.Title, stored.Link));
        Assert.Contains(await db.Outbox.ListRecentAsync(tree.SubDistrictA.Path, 10), d => d.Id == first.Id);
        Assert.DoesNotContain(await db.Outbox.ListRecentAsync(tree.SubDistrictB.Path, 10), d => d.Id == first.Id);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_failed_attempt_waits_for_its_next_time_and_a_final_failure_is_never_due_again(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var delivery = Delivery(tree.SubDistrictA.Id, TestDatabase.Unique("notice"), At);
        await db.Outbox.EnqueueOnceAsync(delivery);

        Assert.True(await db.Outbox.ClaimAsync(delivery.Id, At, At.AddMinutes(3)));
        await db.Outbox.MarkAttemptFailedAsync(delivery.Id, "HTTP 500", At.AddMinutes(5));
        Assert.DoesNotContain(await db.Outbox.ListDueAsync(At.AddMinutes(4), 1000), d => d.Id == delivery.Id);
        Assert.Contains(await db.Outbox.ListDueAsync(At.AddMinutes(5), 1000), d => d.Id == delivery.Id);

        Assert.True(await db.Outbox.ClaimAsync(delivery.Id, At.AddMinutes(5), At.AddMinutes(8)));
        await db.Outbox.MarkAttemptFailedAsync(delivery.Id, new string('x', 2000), null);
        var stored = await db.Outbox.GetAsync(delivery.DeliveryId);
        Assert.Equal((DeliveryStatus.Failed, 2, WebhookDelivery.MaxErrorLength), (stored!.Status, stored.Attempts, stored.LastError!.Length));
        Assert.DoesNotContain(await db.Outbox.ListDueAsync(At.AddDays(1), 1000), d => d.Id == delivery.Id);
        Assert.False(await db.Outbox.ClaimAsync(delivery.Id, At.AddDays(1), At.AddDays(2)));
        Assert.False(await db.Outbox.MarkDeliveredAsync(delivery.Id, At.AddDays(1)));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_notice_keeps_its_kind_and_arguments_beside_the_stored_text(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var officer = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var args = Notice.PackArgs(["牌楼街道", "2026-11-27", "缺少照片", "", "区住建局审核员"]);
        Assert.True(await db.Notifications.AddOnceAsync(new Notification
        {
            UserId = officer, DedupKey = "return:x", Title = "t", Body = "b", Link = "/returns/1/2026-11-27", CreatedUtc = At,
            MessageKey = NoticeKinds.ReturnSentBack, MessageArgs = args,
        }));
        await db.Notifications.AddOnceAsync(new Notification { UserId = officer, DedupKey = "old", Title = "t", Body = "b", CreatedUtc = At.AddMinutes(-1) });

        var inbox = await db.Notifications.ListForUserAsync(officer);
        Assert.Equal((NoticeKinds.ReturnSentBack, args), (inbox[0].MessageKey, inbox[0].MessageArgs));
        Assert.Equal("缺少照片", Notice.UnpackArgs(inbox[0].MessageArgs)[2]);
        Assert.Equal(((string?)null, (string?)null), (inbox[1].MessageKey, inbox[1].MessageArgs));
    }
}
