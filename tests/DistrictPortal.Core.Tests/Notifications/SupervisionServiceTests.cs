using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>督办: raised on a sub-district with a reason, once a week; closed once, with a note. Core's rules now.</summary>
public sealed class SupervisionServiceTests
{
    private static readonly ChangeContext Job = new(0, "system", new DateTime(2026, 11, 20, 9, 0, 1, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly Orders _orders = new();
    private readonly Node _pailou;
    private readonly Node _wanan;

    public SupervisionServiceTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "杭州市");
        var district = _nodes.Add(city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _wanan = _nodes.Add(_pailou.Id, NodeLevel.Community, "万安社区");
    }

    private SupervisionService Service => new(_orders, _nodes);

    private static SupervisionOrder Order(long nodeId, string reason = "连续两周逾期未报送") =>
        new() { SubDistrictId = nodeId, WeekEnding = new DateOnly(2026, 11, 20), Reason = reason };

    [Fact]
    public async Task An_order_is_raised_on_a_sub_district_with_a_reason_at_the_jobs_time_and_audited()
    {
        Assert.Equal(["SubDistrictId:WrongParentLevel"], (await Service.RaiseOnceAsync(Order(_wanan.Id), Job)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["Reason:Required"], (await Service.RaiseOnceAsync(Order(_pailou.Id, " "), Job)).Errors.Select(e => e.ToKey()));
        Assert.Empty(_orders.All);

        var raised = await Service.RaiseOnceAsync(Order(_pailou.Id), Job);

        var order = Assert.Single(_orders.All);
        Assert.Equal((Job.AtUtc, "连续两周逾期未报送"), (order.RaisedUtc, order.Reason));
        var entry = Assert.Single(_orders.Audit);
        Assert.Equal((AuditEntities.SupervisionOrder, AuditActions.Create, "2026-11-20", AuditEntry.NewRow), (entry.EntityType, entry.Action, entry.NewValue, entry.EntityId));
        Assert.Equal(order.Id, raised.Value);
    }

    [Fact]
    public async Task Only_an_open_order_is_closed_with_a_note_and_a_stale_version_is_a_conflict()
    {
        await Service.RaiseOnceAsync(Order(_pailou.Id), Job);
        var admin = new ChangeContext(3, "admin", Job.AtUtc.AddDays(1));

        Assert.Equal(["CloseNote:Required"], (await Service.CloseAsync(1, "  ", 1, admin)).Errors.Select(e => e.ToKey()));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.CloseAsync(1, "已约谈", 2, admin));
        Assert.True((await Service.CloseAsync(1, " 已约谈 ", 1, admin)).Succeeded);
        Assert.Equal(("已约谈", "admin", admin.AtUtc), (_orders.All[0].CloseNote, _orders.All[0].ClosedByName, _orders.All[0].ClosedUtc!.Value));
        Assert.Equal(["ClosedUtc:AlreadyClosed"], (await Service.CloseAsync(1, "再次", 1, admin)).Errors.Select(e => e.ToKey()));
        Assert.Equal([AuditActions.Create, AuditActions.Close], _orders.Audit.Select(a => a.Action));
    }

    private sealed class Orders : ISupervisionOrderRepository
    {
        public List<SupervisionOrder> All { get; } = [];
        public List<AuditEntry> Audit { get; } = [];

        public Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
        {
            order.Id = All.Count + 1;
            order.Version = 1;
            All.Add(order);
            Audit.AddRange(audit);
            return Task.FromResult<long?>(order.Id);
        }

        public Task<SupervisionOrder?> GetByIdAsync(long id) => Task.FromResult(All.FirstOrDefault(o => o.Id == id));

        public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) => throw new NotSupportedException();

        public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit)
        {
            Audit.AddRange(audit);
            return Task.CompletedTask;
        }

        public Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();

        public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    }
}
