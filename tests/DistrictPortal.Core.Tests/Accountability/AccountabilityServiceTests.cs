using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Accountability;

/// <summary>追责 (issue 16, item 4): whom, why (grounds picked from the unit's sub-district), decision, date, who; 通报 numbered per year.</summary>
public sealed class AccountabilityServiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly ChangeContext Office = new(1, "区清零办 张三", new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly Orders _orders = new();
    private readonly Cases _cases = new();
    private readonly Node _district;
    private readonly Node _pailou;
    private readonly Node _wanan;
    private readonly Node _donghu;

    public AccountabilityServiceTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "杭州市");
        _district = _nodes.Add(city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _wanan = _nodes.Add(_pailou.Id, NodeLevel.Community, "万安社区");
        _donghu = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "东湖街道");
        _orders.All.Add(new SupervisionOrder { Id = 11, SubDistrictId = _pailou.Id, WeekEnding = new DateOnly(2026, 11, 20), Reason = "无人保洁逾期未整改" });
        _orders.All.Add(new SupervisionOrder { Id = 12, SubDistrictId = _donghu.Id, WeekEnding = new DateOnly(2026, 11, 20), Reason = "东湖的督办" });
    }

    private AccountabilityService Service => new(_cases, _nodes, _orders, new InMemoryReturns());

    private AccountabilityDraft Draft(AccountabilityDecision decision = AccountabilityDecision.Criticism, long? unit = null, long[]? orders = null) => new()
    {
        UnitNodeId = unit ?? _pailou.Id, PersonName = "王永强", PersonPost = "副主任", Reason = "督办逾期两周未反馈。",
        Decision = decision, DecidedOn = Today, DecidedBy = "区无物业管理小区清零行动领导小组办公室", OrderIds = orders ?? [11],
    };

    [Fact]
    public async Task A_case_needs_a_unit_facts_a_decision_a_date_not_ahead_and_who_decided_and_names_a_person_with_a_post()
    {
        var blank = new AccountabilityDraft { UnitNodeId = _district.Id, PersonPost = "主任" };

        var refused = await Service.CreateAsync(blank, Today, Office);

        Assert.Equal(["UnitNodeId:NotFound", "PersonName:Required", "Reason:Required", "Decision:Required", "DecidedOn:Required", "DecidedBy:Required"],
            refused.Errors.Select(e => e.ToKey()));
        var ahead = Draft();
        ahead.DecidedOn = Today.AddDays(1);
        ahead.Reason = new string('事', AccountabilityService.MaxReasonLength + 1);
        Assert.Equal(["Reason:TooLong", "DecidedOn:NotInFuture"], (await Service.CreateAsync(ahead, Today, Office)).Errors.Select(e => e.ToKey()));
        Assert.Empty(_cases.All);
    }

    [Fact]
    public async Task Grounds_are_the_units_sub_districts_orders_only_and_a_community_answers_to_its_sub_district()
    {
        Assert.Equal(["OrderIds:NotFound"], (await Service.CreateAsync(Draft(orders: [12]), Today, Office)).Errors.Select(e => e.ToKey()));

        var id = (await Service.CreateAsync(Draft(unit: _wanan.Id), Today, Office)).Value;

        var saved = Assert.Single(_cases.All);
        Assert.Equal((id, _wanan.Id, "万安社区", "王永强", "副主任"), (saved.Id, saved.UnitNodeId, saved.UnitName, saved.PersonName, saved.PersonPost));
        var ground = Assert.Single(saved.Grounds);
        Assert.Equal((AccountabilityGroundKind.SupervisionOrder, 11L, new DateOnly(2026, 11, 20), "无人保洁逾期未整改"),
            (ground.Kind, ground.TargetId, ground.WeekEnding, ground.Note));
        Assert.Null(await Service.GroundsAsync(_district.Id, Today));
        Assert.Equal(_pailou.Id, (await Service.GroundsAsync(_wanan.Id, Today))!.SubDistrict.Id);
    }

    [Fact]
    public async Task Public_criticism_is_numbered_within_its_year_other_decisions_are_not_and_each_is_audited()
    {
        var first = (await Service.CreateAsync(Draft(), Today, Office)).Value;
        await Service.CreateAsync(Draft(AccountabilityDecision.Interview), Today, Office);
        var second = (await Service.CreateAsync(Draft(), Today, Office)).Value;
        var nextYear = Draft();
        _cases.All.Single(c => c.Id == first).IssueYear = 2025; // as if the first were last year's
        var third = (await Service.CreateAsync(nextYear, Today, Office)).Value;

        Assert.Equal(new (int?, int?)[] { (2025, 1), (null, null), (2026, 2), (2026, 3) }, _cases.All.Select(c => (c.IssueYear, c.IssueNo)));
        Assert.True(_cases.All.Single(c => c.Id == third).IsPublicCriticism);
        Assert.Equal(second + 1, third);
        var audit = _cases.Audit[first];
        Assert.Contains(audit, a => a.Field == nameof(AccountabilityCase.Decision) && a.NewValue == "Criticism" && a.UserName == Office.UserName);
        Assert.Contains(audit, a => a.Field == nameof(AccountabilityCase.IssueNo) && a.NewValue == "2026-1");
        Assert.Contains(audit, a => a.Field == nameof(AccountabilityCase.Grounds) && a.NewValue == "SupervisionOrder:11");
    }

    private sealed class Cases : IAccountabilityRepository
    {
        public List<AccountabilityCase> All { get; } = [];
        public Dictionary<long, IReadOnlyList<AuditEntry>> Audit { get; } = [];

        public Task<long> CreateAsync(AccountabilityCase accountabilityCase, IReadOnlyList<AuditEntry> audit)
        {
            if (accountabilityCase.IssueNo is not null && All.Any(c => c.IssueYear == accountabilityCase.IssueYear && c.IssueNo == accountabilityCase.IssueNo))
                throw new DuplicateNameException(nameof(AccountabilityCase.IssueNo), $"{accountabilityCase.IssueNo}");
            accountabilityCase.Id = All.Count + 1;
            All.Add(accountabilityCase);
            Audit[accountabilityCase.Id] = audit;
            return Task.FromResult(accountabilityCase.Id);
        }

        public Task<AccountabilityCase?> GetByIdAsync(long id) => Task.FromResult(All.FirstOrDefault(c => c.Id == id));
        public Task<IReadOnlyList<AccountabilityCase>> ListAsync(string scopePath) => Task.FromResult<IReadOnlyList<AccountabilityCase>>(All);
        public Task<int> MaxIssueNoAsync(int year) => Task.FromResult(All.Where(c => c.IssueYear == year).Select(c => c.IssueNo ?? 0).DefaultIfEmpty(0).Max());
    }

    private sealed class Orders : ISupervisionOrderRepository
    {
        public List<SupervisionOrder> All { get; } = [];

        public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) =>
            Task.FromResult<IReadOnlyList<SupervisionOrder>>(All);

        public Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task<SupervisionOrder?> GetByIdAsync(long id) => throw new NotSupportedException();
        public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
        public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit) => throw new NotSupportedException();
    }
}
