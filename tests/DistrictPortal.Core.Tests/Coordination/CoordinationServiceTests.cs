using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Coordination;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Coordination;

/// <summary>需区级协调事项 (issue 16, item 7): taken in once, assigned to a unit on the list, replied to, closed.</summary>
public sealed class CoordinationServiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly ChangeContext Office = new(1, "区清零办 张三", new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc));

    private readonly Store _store = new();

    private CoordinationService Service => new(_store);

    private static CoordinationAsk Ask(long returnId, long estateId, string text) => new()
    {
        WeeklyReturnId = returnId, EstateId = estateId, EstateName = $"小区{estateId}", SubDistrictId = 3, SubDistrictName = "牌楼街道",
        WeekEnding = new DateOnly(2026, 11, 27), HelpAsked = text,
    };

    [Fact]
    public void An_ask_taken_in_is_not_offered_again_for_its_row_nor_when_next_week_repeats_its_words()
    {
        var taken = new CoordinationItem { WeeklyReturnId = 7, EstateId = 1, Ask = "请区住建局协调国有物业企业接管" };

        var pending = CoordinationService.Pending(
            [Ask(7, 1, "请区住建局协调国有物业企业接管"), Ask(8, 1, " 请区住建局协调国有物业企业接管 "), Ask(8, 2, "请水务局改造二次供水"), Ask(8, 1, "另一件事")],
            [taken]);

        Assert.Equal([(8L, 1L, "另一件事"), (8L, 2L, "请水务局改造二次供水")], pending.Select(a => (a.WeeklyReturnId, a.EstateId, a.HelpAsked)));
    }

    [Fact]
    public async Task Units_are_named_once_clean_and_short_and_a_retired_one_takes_no_item()
    {
        Assert.Equal(["Name:Required"], (await Service.AddUnitAsync(" ", Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["Name:TooLong"], (await Service.AddUnitAsync(new string('局', 51), Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["Name:ControlCharacters"], (await Service.AddUnitAsync("区\u202E民政局", Office)).Errors.Select(e => e.ToKey()));
        var minzheng = (await Service.AddUnitAsync(" 区民政局 ", Office)).Value;
        Assert.Equal(["Name:DuplicateName"], (await Service.AddUnitAsync("区民政局", Office)).Errors.Select(e => e.ToKey()));
        Assert.True(await Service.SetRetiredAsync(minzheng, true, Office));
        Assert.False(await Service.SetRetiredAsync(999, true, Office));
        var item = await Service.TakeInAsync(Ask(7, 1, "协调"), Office);

        Assert.Equal(["MemberUnitId:Required"], (await Service.AssignAsync(item, minzheng, 1, Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal("区民政局", _store.Units.Single().Name);
        Assert.Contains(_store.Audit, a => a.EntityType == AuditEntities.MemberUnit && a.Action == AuditActions.Retire);
    }

    [Fact]
    public async Task An_item_goes_pending_then_in_progress_with_a_unit_then_done_with_the_closing_reply()
    {
        var shuiwu = (await Service.AddUnitAsync("区水务局", Office)).Value;
        var id = await Service.TakeInAsync(Ask(8, 2, " 请水务局改造二次供水 "), Office);
        var item = _store.Items.Single();
        Assert.Equal((CoordinationStatus.Pending, "请水务局改造二次供水", "区清零办 张三"), (item.Status, item.Ask, item.CreatedByName));
        Assert.Equal(["MemberUnitId:Required"], (await Service.ReplyAsync(id, "已办", Today, false, Today, 1, Office)).Errors.Select(e => e.ToKey()));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.AssignAsync(id, shuiwu, 9, Office));

        Assert.True((await Service.AssignAsync(id, shuiwu, 1, Office)).Succeeded);
        Assert.Equal((CoordinationStatus.InProgress, "区水务局"), (_store.Items[0].Status, _store.Items[0].MemberUnitName));
        Assert.Equal(["Text:Required", "RepliedOn:NotInFuture"], (await Service.ReplyAsync(id, " ", Today.AddDays(1), false, Today, 2, Office)).Errors.Select(e => e.ToKey()));
        Assert.True((await Service.ReplyAsync(id, "已列入明年改造计划", Today, false, Today, 2, Office)).Succeeded);
        Assert.True((await Service.ReplyAsync(id, "改造完成", Today, true, Today, 3, Office)).Succeeded);

        Assert.Equal((CoordinationStatus.Done, Office.AtUtc), (_store.Items[0].Status, _store.Items[0].ClosedUtc));
        Assert.Equal([false, true], _store.Replies.Select(r => r.IsClosing));
        Assert.Equal(["Status:AlreadyClosed"], (await Service.AssignAsync(id, shuiwu, 4, Office)).Errors.Select(e => e.ToKey()));
        Assert.Contains(_store.Audit, a => a.Field == nameof(CoordinationItem.Status) && a.OldValue == "InProgress" && a.NewValue == "Done");
    }

    private sealed class Store : ICoordinationRepository
    {
        public List<MemberUnit> Units { get; } = [];
        public List<CoordinationItem> Items { get; } = [];
        public List<CoordinationReply> Replies { get; } = [];
        public List<AuditEntry> Audit { get; } = [];

        public Task<IReadOnlyList<MemberUnit>> ListUnitsAsync() =>
            Task.FromResult<IReadOnlyList<MemberUnit>>(Units.Select(u => new MemberUnit { Id = u.Id, Name = u.Name, IsRetired = u.IsRetired }).ToList());

        public Task<long> CreateUnitAsync(MemberUnit unit, IReadOnlyList<AuditEntry> audit)
        {
            unit.Id = Units.Count + 1;
            Units.Add(unit);
            Audit.AddRange(audit);
            return Task.FromResult(unit.Id);
        }

        public Task UpdateUnitAsync(MemberUnit unit, IReadOnlyList<AuditEntry> audit)
        {
            Units[Units.FindIndex(u => u.Id == unit.Id)] = unit;
            Audit.AddRange(audit);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<CoordinationAsk>> ListAsksAsync(string scopePath) => throw new NotSupportedException();

        public Task<long> CreateItemAsync(CoordinationItem item, IReadOnlyList<AuditEntry> audit)
        {
            (item.Id, item.Version) = (Items.Count + 1, 1);
            Items.Add(item);
            Audit.AddRange(audit);
            return Task.FromResult(item.Id);
        }

        public Task<CoordinationItem?> GetItemAsync(long id) =>
            Task.FromResult(Items.FirstOrDefault(i => i.Id == id) is { } i
                ? new CoordinationItem { Id = i.Id, EstateId = i.EstateId, EstateName = i.EstateName, Ask = i.Ask, Status = i.Status, MemberUnitId = i.MemberUnitId, MemberUnitName = i.MemberUnitName, Version = i.Version }
                : null);

        public Task<IReadOnlyList<CoordinationItem>> ListItemsAsync(string scopePath) => Task.FromResult<IReadOnlyList<CoordinationItem>>(Items);

        public Task UpdateItemAsync(CoordinationItem item, CoordinationReply? reply, IReadOnlyList<AuditEntry> audit)
        {
            var index = Items.FindIndex(i => i.Id == item.Id && i.Version == item.Version);
            if (index < 0)
                throw new ConcurrencyConflictException(AuditEntities.CoordinationItem, item.Id);
            item.Version++;
            Items[index] = item;
            if (reply is not null)
                Replies.Add(reply);
            Audit.AddRange(audit);
            return Task.CompletedTask;
        }
    }
}
