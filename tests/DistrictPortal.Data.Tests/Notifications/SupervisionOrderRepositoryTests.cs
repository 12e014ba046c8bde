using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Notifications;

public sealed class SupervisionOrderRepositoryTests
{
    private const string EntityType = AuditEntities.SupervisionOrder;
    private static readonly DateOnly Week = new(2026, 11, 20);

    private static SupervisionOrder Order(long subDistrictId, DateOnly week, DateTime raisedUtc) => new()
    {
        SubDistrictId = subDistrictId,
        WeekEnding = week,
        Reason = "连续两周逾期未报送",
        RaisedUtc = raisedUtc,
    };

    [DatabaseTheory, DatabaseData]
    public async Task RaiseOnce_raises_one_order_per_sub_district_and_week_and_audits_it(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var raisedAt = new DateTime(2026, 11, 20, 9, 0, 1, DateTimeKind.Utc);
        var job = new ChangeContext(0, "deadline job", raisedAt);
        var order = Order(tree.SubDistrictA.Id, Week, raisedAt);

        var id = await db.SupervisionOrders.RaiseOnceAsync(order, job);
        var retried = await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictA.Id, Week, raisedAt.AddMinutes(1)), job);

        Assert.NotNull(id);
        Assert.Null(retried);
        Assert.Equal(id, order.Id);
        var read = (await db.SupervisionOrders.GetByIdAsync(id!.Value))!;
        Assert.Equal((tree.SubDistrictA.Id, tree.SubDistrictA.Name, Week, "连续两周逾期未报送", raisedAt, true),
            (read.SubDistrictId, read.SubDistrictName, read.WeekEnding, read.Reason, read.RaisedUtc, read.IsOpen));
        Assert.Equal(((DateTime?)null, (string?)null, (string?)null), (read.ClosedUtc, read.CloseNote, read.ClosedByName));
        var created = Assert.Single(await db.Audit.ListForEntityAsync(EntityType, id.Value));
        Assert.Equal((AuditActions.Create, "2026-11-20", "deadline job"), (created.Action, created.NewValue, created.UserName));
        // Another week, or another sub-district, gets its own order.
        Assert.NotNull(await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictA.Id, Week.AddDays(7), raisedAt), job));
        Assert.NotNull(await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictB.Id, Week, raisedAt), job));
        Assert.Null(await db.SupervisionOrders.GetByIdAsync(id.Value + 1_000_000));
    }

    [DatabaseTheory, DatabaseData]
    public async Task RaiseOnce_refuses_a_node_that_is_not_a_sub_district_or_a_blank_reason(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var service = new SupervisionService(db.SupervisionOrders, db.Nodes);

        Assert.Equal("SubDistrictId:WrongParentLevel", Assert.Single((await service.RaiseOnceAsync(Order(tree.CommunityA1.Id, Week, DateTime.UtcNow), context)).Errors).ToKey());
        var blank = Order(tree.SubDistrictA.Id, Week, DateTime.UtcNow);
        blank.Reason = " ";
        Assert.Equal("Reason:Required", Assert.Single((await service.RaiseOnceAsync(blank, context)).Errors).ToKey());
        // A node that does not exist at all is the database's to refuse (a foreign key).
        await Assert.ThrowsAsync<ArgumentException>(() => db.SupervisionOrders.RaiseOnceAsync(Order(long.MaxValue, Week, DateTime.UtcNow), context));

        Assert.Empty(await db.SupervisionOrders.ListAsync(tree.City.Path));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Close_is_version_checked_audited_and_happens_once(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        // Raised an hour before it is closed: with "now" the raise would sort after the close once the clock passed closedAt.
        var closedAt = new DateTime(2026, 11, 27, 3, 4, 5, DateTimeKind.Utc);
        var id = (await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictA.Id, Week, closedAt.AddHours(-1)), TestDatabase.Context(closedAt.AddHours(-1))))!.Value;
        var open = (await db.SupervisionOrders.GetByIdAsync(id))!;
        var admin = new ChangeContext(3, "区清零办 admin", closedAt);
        var service = new SupervisionService(db.SupervisionOrders, db.Nodes);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.CloseAsync(id, "note", open.Version + 1, admin));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SupervisionOrders.CloseAsync(id, "note", open.Version + 1, admin));
        Assert.Equal("CloseNote:Required", Assert.Single((await service.CloseAsync(id, "  ", open.Version, admin)).Errors).ToKey());
        Assert.True((await db.SupervisionOrders.GetByIdAsync(id))!.IsOpen);

        Assert.True((await service.CloseAsync(id, " 已约谈, 本周补报 ", open.Version, admin)).Succeeded);

        var closed = (await db.SupervisionOrders.GetByIdAsync(id))!;
        Assert.Equal((false, (DateTime?)closedAt, "已约谈, 本周补报", "区清零办 admin"), (closed.IsOpen, closed.ClosedUtc, closed.CloseNote, closed.ClosedByName));
        Assert.NotEqual(open.Version, closed.Version);
        var entry = (await db.Audit.ListForEntityAsync(EntityType, id))[0];
        Assert.Equal(("close", nameof(SupervisionOrder.CloseNote), "已约谈, 本周补报", 3L), (entry.Action, entry.Field, entry.NewValue, entry.UserId));

        // Closing again: with the old version it is stale; with the current one it is already closed (the service's
        // refusal; the store's own guard sees a row that is no longer open). Nothing changes.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.CloseAsync(id, "again", open.Version, admin));
        Assert.Equal("ClosedUtc:AlreadyClosed", Assert.Single((await service.CloseAsync(id, "again", closed.Version, admin)).Errors).ToKey());
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SupervisionOrders.CloseAsync(id, "again", closed.Version, admin));
        Assert.Equal("已约谈, 本周补报", (await db.SupervisionOrders.GetByIdAsync(id))!.CloseNote);
        Assert.Equal(2, (await db.Audit.ListForEntityAsync(EntityType, id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task List_gives_the_scopes_orders_open_first_then_newest(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var t = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
        var oldOpen = (await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictA.Id, Week.AddDays(-7), t.AddDays(-7)), context))!.Value;
        var closedNewest = (await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictA.Id, Week.AddDays(7), t.AddDays(7)), context))!.Value;
        var newOpen = (await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictA.Id, Week, t), context))!.Value;
        var onB = (await db.SupervisionOrders.RaiseOnceAsync(Order(tree.SubDistrictB.Id, Week, t), context))!.Value;
        await db.SupervisionOrders.CloseAsync(closedNewest, "done", (await db.SupervisionOrders.GetByIdAsync(closedNewest))!.Version, context);

        Assert.Equal([newOpen, oldOpen, closedNewest], (await db.SupervisionOrders.ListAsync(tree.SubDistrictA.Path)).Select(o => o.Id));
        Assert.Equal([newOpen, oldOpen], (await db.SupervisionOrders.ListAsync(tree.SubDistrictA.Path, openOnly: true)).Select(o => o.Id));
        // Raised at the same instant: the later raise (higher id) comes first.
        Assert.Equal([onB, newOpen, oldOpen, closedNewest], (await db.SupervisionOrders.ListAsync(tree.District.Path)).Select(o => o.Id));
        Assert.Empty(await db.SupervisionOrders.ListAsync(tree.CommunityA1.Path));
        Assert.Empty(await db.SupervisionOrders.ListAsync(""));
    }
}
