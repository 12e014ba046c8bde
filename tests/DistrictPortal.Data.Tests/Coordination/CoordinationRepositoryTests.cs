using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Coordination;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;
using DistrictPortal.Data.Tests.Returns;

namespace DistrictPortal.Data.Tests.Coordination;

/// <summary>需区级协调事项 (issue 16) on every database: asks of accepted returns, items once per row, replies, versions, units.</summary>
public sealed class CoordinationRepositoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [DatabaseTheory, DatabaseData]
    public async Task Asks_come_from_each_estates_newest_accepted_row_and_an_item_is_taken_in_once_assigned_replied_and_closed(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var office = new ChangeContext(1, "区清零办 张三", new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc));
        var week = s.NewReturn();
        week.Rows.Single(r => r.EstateId == s.Alpha.Id).HelpAsked = "请水务局改造二次供水";
        var accepted = await s.AcceptAsync(await s.MoveAsync(await s.CreateAsync(week), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer));
        var next = s.NewReturn(ReturnScenario.Week.AddDays(7));
        next.Rows.Single(r => r.EstateId == s.Beta.Id).HelpAsked = "未采纳的周报里的诉求";
        await s.CreateAsync(next);

        var ask = Assert.Single(await db.Coordination.ListAsksAsync(s.Tree.SubDistrictA.Path));
        Assert.Equal((accepted.Id, s.Alpha.Id, "Alpha Garden", s.Tree.SubDistrictA.Id, ReturnScenario.Week, "请水务局改造二次供水"),
            (ask.WeeklyReturnId, ask.EstateId, ask.EstateName, ask.SubDistrictId, ask.WeekEnding, ask.HelpAsked));
        Assert.Empty(await db.Coordination.ListAsksAsync(s.Tree.SubDistrictB.Path));

        var service = new CoordinationService(db.Coordination);
        var unitName = TestDatabase.Unique("区水务局");
        var unit = (await service.AddUnitAsync(unitName, office)).Value;
        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Coordination.CreateUnitAsync(new MemberUnit { Name = unitName.ToUpperInvariant() }, []));
        var id = await service.TakeInAsync(ask, office);
        await Assert.ThrowsAsync<DuplicateNameException>(() => service.TakeInAsync(ask, office));

        var item = (await db.Coordination.GetItemAsync(id))!;
        Assert.Equal((CoordinationStatus.Pending, "请水务局改造二次供水", (long?)null, s.Tree.SubDistrictA.Name, DateTimeKind.Utc),
            (item.Status, item.Ask, item.MemberUnitId, item.SubDistrictName, item.CreatedUtc.Kind));
        Assert.True((await service.AssignAsync(id, unit, item.Version, office)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.AssignAsync(id, unit, item.Version, office));
        item = (await db.Coordination.GetItemAsync(id))!;
        Assert.Equal((CoordinationStatus.InProgress, (long?)unit, unitName), (item.Status, item.MemberUnitId, item.MemberUnitName));
        Assert.True((await service.ReplyAsync(id, "已列入改造计划", Today, false, Today, item.Version, office)).Succeeded);
        item = (await db.Coordination.GetItemAsync(id))!;
        Assert.True((await service.ReplyAsync(id, "改造完成", Today, true, Today, item.Version, office)).Succeeded);

        item = (await db.Coordination.GetItemAsync(id))!;
        Assert.Equal(CoordinationStatus.Done, item.Status);
        Assert.NotNull(item.ClosedUtc);
        Assert.Equal([("已列入改造计划", false), ("改造完成", true)], item.Replies.Select(r => (r.Text, r.IsClosing)));
        Assert.Equal(Today, item.Replies[0].RepliedOn);
        Assert.Equal([id], (await db.Coordination.ListItemsAsync(s.Tree.SubDistrictA.Path)).Select(i => i.Id));
        Assert.Empty(await db.Coordination.ListItemsAsync(s.Tree.SubDistrictB.Path));
        Assert.Equal(4, (await db.Audit.ListForEntityAsync(AuditEntities.CoordinationItem, id)).Count(a => a.Field is nameof(CoordinationItem.Ask) or nameof(CoordinationItem.MemberUnitId) or nameof(CoordinationItem.Replies)));

        Assert.True(await service.SetRetiredAsync(unit, true, office));
        Assert.True((await db.Coordination.ListUnitsAsync()).Single(u => u.Id == unit).IsRetired);
    }
}
