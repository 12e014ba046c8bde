using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Notifications;

public sealed class NotificationRepositoryTests
{
    private static Notification Message(long userId, string key, DateTime createdUtc, string title = "周报即将截止") => new()
    {
        UserId = userId,
        DedupKey = key,
        Title = title,
        Body = "请于周五 17:00 前报送",
        Link = "/Returns/2026-11-20",
        CreatedUtc = createdUtc,
    };

    [DatabaseTheory, DatabaseData]
    public async Task AddOnce_keeps_one_notification_per_user_and_dedup_key(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var officer = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var colleague = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var at = new DateTime(2026, 11, 19, 1, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        var first = Message(officer, "reminder:2026-11-20", at);

        Assert.True(await db.Notifications.AddOnceAsync(first));
        // A retried job writes the same key again: nothing is added, whatever else differs.
        Assert.False(await db.Notifications.AddOnceAsync(Message(officer, "reminder:2026-11-20", at.AddMinutes(5), "retry")));
        // The key is exact: another case is another key; another user has their own.
        Assert.True(await db.Notifications.AddOnceAsync(Message(officer, "REMINDER:2026-11-20", at.AddMinutes(1))));
        Assert.True(await db.Notifications.AddOnceAsync(Message(colleague, "reminder:2026-11-20", at)));

        Assert.True(first.Id > 0);
        var inbox = await db.Notifications.ListForUserAsync(officer);
        Assert.Equal(["REMINDER:2026-11-20", "reminder:2026-11-20"], inbox.Select(n => n.DedupKey));
        var stored = inbox[1];
        Assert.Equal((first.Id, officer, "周报即将截止", "请于周五 17:00 前报送", "/Returns/2026-11-20", at, (DateTime?)null),
            (stored.Id, stored.UserId, stored.Title, stored.Body, stored.Link, stored.CreatedUtc, stored.ReadUtc));
        Assert.Single(await db.Notifications.ListForUserAsync(colleague));
        Assert.Equal(["REMINDER:2026-11-20"], (await db.Notifications.ListForUserAsync(officer, max: 1)).Select(n => n.DedupKey));
    }

    [DatabaseTheory, DatabaseData]
    public async Task AddOnce_refuses_an_unknown_user_or_a_blank_key(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var officer = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());

        await Assert.ThrowsAsync<ArgumentException>(() => db.Notifications.AddOnceAsync(Message(long.MaxValue, "k", DateTime.UtcNow)));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Notifications.AddOnceAsync(Message(officer, " ", DateTime.UtcNow)));

        Assert.Empty(await db.Notifications.ListForUserAsync(officer));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_user_marks_only_their_own_notifications_read_and_the_first_read_time_stays(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var officer = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var stranger = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictB.Id), TestDatabase.Context());
        var at = new DateTime(2026, 11, 19, 1, 0, 0, DateTimeKind.Utc);
        var one = Message(officer, "a", at);
        var two = Message(officer, "b", at.AddMinutes(1));
        await db.Notifications.AddOnceAsync(one);
        await db.Notifications.AddOnceAsync(two);
        Assert.Equal(2, await db.Notifications.CountUnreadAsync(officer));

        Assert.False(await db.Notifications.MarkReadAsync(stranger, one.Id, at.AddHours(1)));
        Assert.Equal(2, await db.Notifications.CountUnreadAsync(officer));
        Assert.True(await db.Notifications.MarkReadAsync(officer, one.Id, at.AddHours(2)));
        Assert.True(await db.Notifications.MarkReadAsync(officer, one.Id, at.AddHours(3)));
        Assert.False(await db.Notifications.MarkReadAsync(officer, two.Id + 1_000_000, at.AddHours(3)));

        Assert.Equal(1, await db.Notifications.CountUnreadAsync(officer));
        Assert.Equal(0, await db.Notifications.CountUnreadAsync(stranger));
        var read = Assert.Single(await db.Notifications.ListForUserAsync(officer), n => n.Id == one.Id);
        Assert.Equal(at.AddHours(2), read.ReadUtc);
    }
}
