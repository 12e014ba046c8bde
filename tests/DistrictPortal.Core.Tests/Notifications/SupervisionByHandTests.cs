using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>督办 by hand (issue 16): raised with a problem, a required action and a deadline; answered; sent back; escalated.</summary>
public sealed class SupervisionByHandTests
{
    private static readonly DateOnly Today = new(2026, 12, 2); // a Wednesday: its reporting week ends on Friday 12-04
    private static readonly ChangeContext Office = new(1, "admin", new DateTime(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc));
    private static readonly ChangeContext Officer = new(2, "pailou", new DateTime(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly Orders _orders = new();
    private readonly Node _pailou;
    private readonly Node _wanan;

    public SupervisionByHandTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "杭州市");
        var district = _nodes.Add(city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _wanan = _nodes.Add(_pailou.Id, NodeLevel.Community, "万安社区");
    }

    private SupervisionService Service => new(_orders, _nodes);

    private SupervisionOrder Draft(long? subDistrictId = null, DateOnly? deadline = null) => new()
    {
        SubDistrictId = subDistrictId ?? _pailou.Id, Reason = "万安社区3个小区无人保洁", RequiredAction = "两周内落实保洁并上传照片",
        Deadline = deadline ?? Today.AddDays(14),
    };

    [Fact]
    public async Task An_order_by_hand_needs_a_problem_an_action_and_a_deadline_from_today_within_a_year_on_a_sub_district()
    {
        var blank = Draft();
        (blank.Reason, blank.RequiredAction, blank.Deadline) = (" ", null, null);
        Assert.Equal(["Reason:Required", "RequiredAction:Required", "Deadline:Required"],
            (await Service.RaiseByHandAsync(blank, Today, Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["Deadline:NotBefore"], (await Service.RaiseByHandAsync(Draft(deadline: Today.AddDays(-1)), Today, Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["Deadline:TooLarge"], (await Service.RaiseByHandAsync(Draft(deadline: Today.AddDays(367)), Today, Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["SubDistrictId:WrongParentLevel"], (await Service.RaiseByHandAsync(Draft(_wanan.Id), Today, Office)).Errors.Select(e => e.ToKey()));
        var estateWithoutId = Draft();
        estateWithoutId.SubjectKind = SupervisionSubject.Estate;
        Assert.Equal(["SubjectId:NotFound"], (await Service.RaiseByHandAsync(estateWithoutId, Today, Office)).Errors.Select(e => e.ToKey()));
        Assert.Empty(_orders.All);

        var raised = await Service.RaiseByHandAsync(Draft(deadline: Today), Today, Office);

        var order = Assert.Single(_orders.All);
        Assert.Equal(raised.Value, order.Id);
        Assert.Equal((SupervisionOrigin.ByHand, new DateOnly(2026, 12, 4), "admin", SupervisionStatus.AwaitingAnswer, _pailou.Id, Office.AtUtc),
            (order.Origin, order.WeekEnding, order.RaisedByName, order.Status, order.SubjectId, order.RaisedUtc));
        Assert.Contains(_orders.Audit, a => a.Field == nameof(SupervisionOrder.Deadline) && a.NewValue == "2026-12-02");
    }

    [Fact]
    public async Task The_sub_district_answers_once_the_office_sends_back_an_answer_and_a_closed_order_takes_neither()
    {
        var id = (await Service.RaiseByHandAsync(Draft(), Today, Office)).Value;

        Assert.Equal(["SendBackReason:NotAnswered"], (await Service.SendBackAsync(id, "不够", 1, Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["Answer:Required"], (await Service.AnswerAsync(id, "  ", 1, Officer)).Errors.Select(e => e.ToKey()));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.AnswerAsync(id, "已落实", 7, Officer));
        Assert.True((await Service.AnswerAsync(id, " 已落实保洁\n见照片 ", 1, Officer)).Succeeded);
        var answered = _orders.All[0];
        Assert.Equal(("已落实保洁\n见照片", SupervisionStatus.Answered, "pailou", Officer.AtUtc), (answered.Answer, answered.Status, answered.AnsweredByName, answered.AnsweredUtc));
        Assert.Equal(["Answer:AlreadyAnswered"], (await Service.AnswerAsync(id, "再答", 2, Officer)).Errors.Select(e => e.ToKey()));

        Assert.True((await Service.SendBackAsync(id, "缺整改后照片", 2, Office)).Succeeded);
        Assert.Equal((SupervisionStatus.SentBack, "缺整改后照片"), (_orders.All[0].Status, _orders.All[0].SendBackReason));
        Assert.True((await Service.AnswerAsync(id, "已补照片", 3, Officer)).Succeeded);
        Assert.True((await Service.CloseAsync(id, "整改到位", 4, Office)).Succeeded);
        Assert.Equal(["ClosedUtc:AlreadyClosed"], (await Service.SendBackAsync(id, "再退", 5, Office)).Errors.Select(e => e.ToKey()));
        Assert.Equal(["ClosedUtc:AlreadyClosed"], (await Service.AnswerAsync(id, "再答", 5, Officer)).Errors.Select(e => e.ToKey()));
        Assert.Equal(2, _orders.Audit.Count(a => a.Field == nameof(SupervisionOrder.Answer)));
    }

    [Theory]
    [InlineData(0, SupervisionEscalation.None)]
    [InlineData(1, SupervisionEscalation.Reminder)]
    [InlineData(7, SupervisionEscalation.Reminder)]
    [InlineData(8, SupervisionEscalation.Interview)]
    [InlineData(14, SupervisionEscalation.Interview)]
    [InlineData(15, SupervisionEscalation.Accountability)]
    public void An_unanswered_order_escalates_by_days_past_its_deadline(int daysLate, SupervisionEscalation expected)
    {
        var deadline = new DateOnly(2026, 12, 4);
        var order = new SupervisionOrder { Origin = SupervisionOrigin.ByHand, Deadline = deadline };
        Assert.Equal(expected, SupervisionService.EscalationDue(order, deadline.AddDays(daysLate)));
        // Answered (the office's turn), closed, or already higher: nothing more is due.
        order.Status = SupervisionStatus.Answered;
        Assert.Equal(SupervisionEscalation.None, SupervisionService.EscalationDue(order, deadline.AddDays(daysLate)));
        order.Status = SupervisionStatus.SentBack;
        order.EscalationLevel = SupervisionEscalation.Accountability;
        Assert.Equal(SupervisionEscalation.Accountability, SupervisionService.EscalationDue(order, deadline.AddDays(daysLate)));
    }

    [Fact]
    public async Task Escalation_is_written_once_per_level_and_audited()
    {
        var id = (await Service.RaiseByHandAsync(Draft(deadline: Today), Today, Office)).Value;
        var job = new ChangeContext(0, "system", Office.AtUtc.AddDays(9));

        Assert.Null(await Service.EscalateAsync((await _orders.GetByIdAsync(id))!, Today, job));
        Assert.Equal(SupervisionEscalation.Interview, await Service.EscalateAsync((await _orders.GetByIdAsync(id))!, Today.AddDays(9), job));
        Assert.Null(await Service.EscalateAsync((await _orders.GetByIdAsync(id))!, Today.AddDays(10), job));
        var entry = Assert.Single(_orders.Audit, a => a.Field == nameof(SupervisionOrder.EscalationLevel));
        Assert.Equal(("None", "Interview"), (entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task Each_order_by_hand_is_told_once_under_its_own_key_and_a_refused_one_tells_nobody()
    {
        var told = new List<Notice>();
        var service = new SupervisionService(_orders, _nodes, new Told(told));

        await service.RaiseByHandAsync(Draft(deadline: Today.AddDays(-1)), Today, Office);
        Assert.Empty(told);
        var first = (await service.RaiseByHandAsync(Draft(), Today, Office)).Value;
        var second = (await service.RaiseByHandAsync(Draft(), Today, Office)).Value;

        // Two orders in one week: two notices, each keyed by its order (the job's key is per sub-district and week).
        Assert.Equal([$"supervision-hand:{first}", $"supervision-hand:{second}"], told.Select(n => n.DedupKey));
        var notice = told[0];
        Assert.Equal((NoticeKinds.SupervisionOrderByHand, NoticeAudience.Officers, $"/supervision/{first}", _pailou.Id),
            (notice.Kind, notice.Audience, notice.Link, notice.SubDistrict.Id));
        Assert.Equal(["牌楼街道", Today.AddDays(14).ToString("yyyy-MM-dd"), "万安社区3个小区无人保洁", "两周内落实保洁并上传照片"], notice.Args);
    }

    private sealed class Told(List<Notice> told) : IPortalNotices
    {
        public Task<int> RaiseAsync(Notice notice, DateTime atUtc)
        {
            told.Add(notice);
            return Task.FromResult(1);
        }
    }

    /// <summary>Stores copies, keeps versions, refuses a stale write as the databases do.</summary>
    private sealed class Orders : ISupervisionOrderRepository
    {
        public List<SupervisionOrder> All { get; } = [];
        public List<AuditEntry> Audit { get; } = [];

        public Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();

        public Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
        {
            order.Id = All.Count + 1;
            order.Version = 1;
            All.Add(order);
            Audit.AddRange(audit);
            return Task.FromResult(order.Id);
        }

        public Task<SupervisionOrder?> GetByIdAsync(long id) =>
            Task.FromResult(All.FirstOrDefault(o => o.Id == id) is { } o ? (SupervisionOrder)o.MemberwiseCopy() : null);

        public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) => throw new NotSupportedException();

        public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit) => Write(closed, audit);

        public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit) => Write(changed, audit);

        private Task Write(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit)
        {
            var index = All.FindIndex(o => o.Id == changed.Id && o.Version == changed.Version && o.IsOpen);
            if (index < 0)
                throw new ConcurrencyConflictException(AuditEntities.SupervisionOrder, changed.Id);
            changed.Version++;
            All[index] = changed;
            Audit.AddRange(audit);
            return Task.CompletedTask;
        }
    }
}

internal static class OrderCopies
{
    public static object MemberwiseCopy(this SupervisionOrder order) =>
        typeof(object).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.Invoke(order, null)!;
}
