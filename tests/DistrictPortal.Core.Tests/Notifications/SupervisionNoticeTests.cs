using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>A new 督办 order, raised by the job or by hand, is told once to the officers and the admins over them.</summary>
public sealed class SupervisionNoticeTests
{
    private static readonly ChangeContext Job = new(0, "system", new DateTime(2026, 11, 20, 9, 0, 1, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly OnePerWeek _orders = new();
    private readonly List<(Notice Notice, DateTime At)> _told = [];
    private readonly Node _pailou;

    public SupervisionNoticeTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "杭州市");
        var district = _nodes.Add(city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
    }

    private SupervisionService Service => new(_orders, _nodes, new Told(_told));

    private SupervisionOrder Order(string reason = "连续两周逾期未报送") =>
        new() { SubDistrictId = _pailou.Id, WeekEnding = new DateOnly(2026, 11, 20), Reason = reason };

    [Fact]
    public async Task A_new_order_is_told_with_its_link_and_reason_and_the_weeks_second_raise_or_a_refusal_tells_nobody()
    {
        await Service.RaiseOnceAsync(Order(" "), Job);
        Assert.Empty(_told);

        await Service.RaiseOnceAsync(Order(), Job);
        await Service.RaiseOnceAsync(Order("again"), Job);

        var (notice, at) = Assert.Single(_told);
        Assert.Equal((NoticeKinds.SupervisionOrderRaised, NoticeAudience.OfficersAndAdmins, "/supervision/1", Job.AtUtc),
            (notice.Kind, notice.Audience, notice.Link, at));
        Assert.Equal(["牌楼街道", "2026-11-20", "连续两周逾期未报送"], notice.Args);
        // The key the supervision job has always told this order under: its retry finds the inbox item and adds nothing.
        Assert.Equal($"supervision:{_pailou.Id}:2026-11-20", notice.DedupKey);
    }

    private sealed class Told(List<(Notice, DateTime)> told) : IPortalNotices
    {
        public Task<int> RaiseAsync(Notice notice, DateTime atUtc)
        {
            told.Add((notice, atUtc));
            return Task.FromResult(1);
        }
    }

    private sealed class OnePerWeek : ISupervisionOrderRepository
    {
        private readonly List<SupervisionOrder> _all = [];

        public Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
        {
            if (_all.Any(o => o.SubDistrictId == order.SubDistrictId && o.WeekEnding == order.WeekEnding))
                return Task.FromResult<long?>(null);
            order.Id = _all.Count + 1;
            _all.Add(order);
            return Task.FromResult<long?>(order.Id);
        }

        public Task<SupervisionOrder?> GetByIdAsync(long id) => throw new NotSupportedException();
        public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) => throw new NotSupportedException();
        public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task UpdateStateAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    }
}
