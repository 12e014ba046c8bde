using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Hierarchy;

/// <summary>Issue 16 item 5: 第一责任人 (P5) of a district, sub-district or community, with a phone the office can dial.</summary>
public sealed class ResponsibleServiceTests
{
    private static readonly ChangeContext Who = new(1, "区清零办", new DateTime(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly InMemoryResponsibles _store = new();
    private readonly Node _city;
    private readonly Node _pailou;
    private readonly Node _wanan;

    public ResponsibleServiceTests()
    {
        _city = _nodes.Add(null, NodeLevel.City, "杭州市");
        var district = _nodes.Add(_city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _wanan = _nodes.Add(_pailou.Id, NodeLevel.Community, "万安社区");
    }

    private ResponsibleService Service => new(_store, _nodes);

    [Theory]
    [InlineData("13800001111")]
    [InlineData("138 0000 1111")]
    [InlineData("+86 13800001111")]
    [InlineData("0571-87001234")]
    [InlineData("(0571)87001234")]
    [InlineData("010-12345678-123")]
    public void A_mobile_or_a_landline_with_its_area_code_is_a_phone(string phone) => Assert.True(PhoneRule.IsValid(phone));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12800001111")]  // no mobile prefix 12x
    [InlineData("1380000111")]   // ten digits
    [InlineData("87001234")]     // a landline without its area code
    [InlineData("电话13800001111")]
    [InlineData("13800001111\u202E")]
    public void Anything_else_is_not(string phone) => Assert.False(PhoneRule.IsValid(phone));

    [Fact]
    public async Task A_sub_districts_leader_is_named_trimmed_and_audited_field_by_field()
    {
        var result = await Service.SetAsync(_pailou.Id, " 张明 ", "街道办事处主任", " 13800001111 ", Who);

        Assert.True(result.Succeeded);
        var stored = _store.Rows[_pailou.Id];
        Assert.Equal(("张明", "街道办事处主任", "13800001111"), (stored.Name, stored.Post, stored.Phone));
        Assert.Equal("张明（街道办事处主任） 13800001111", ResponsibleService.Line(stored));
        var audit = _store.Writes.Single();
        Assert.Equal([("create", "Name", (string?)null, (string?)"张明"), ("update", "Post", null, "街道办事处主任"), ("update", "Phone", null, "13800001111")],
            audit.Select(e => (e.Action, e.Field!, e.OldValue, e.NewValue)));
        Assert.All(audit, e => Assert.Equal((AuditEntities.NodeResponsible, _pailou.Id, "区清零办"), (e.EntityType, e.EntityId, e.UserName)));
    }

    [Fact]
    public async Task A_change_audits_only_what_changed_and_saving_the_same_writes_nothing()
    {
        await Service.SetAsync(_wanan.Id, "王芳", "社区书记", "13800001111", Who);
        await Service.SetAsync(_wanan.Id, "王芳", "社区书记", "0571-87001234", Who);
        await Service.SetAsync(_wanan.Id, "王芳", "社区书记", "0571-87001234", Who);

        Assert.Equal(2, _store.Writes.Count);
        var second = Assert.Single(_store.Writes[1]);
        Assert.Equal(("Phone", "13800001111", "0571-87001234"), (second.Field, second.OldValue, second.NewValue));
    }

    [Fact]
    public async Task Each_bad_field_is_named_and_nothing_is_written()
    {
        var result = await Service.SetAsync(_pailou.Id, "", new string('长', ResponsibleService.MaxPostLength + 1), "12345", Who);

        Assert.Equal(["Name:Required", "Post:TooLong", "Phone:Invalid"], result.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Empty(_store.Writes);
        Assert.Equal(["Phone:Required"], (await Service.SetAsync(_pailou.Id, "张明", "主任", " ", Who)).Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal(["Name:" + TextRule.ControlCharacters], (await Service.SetAsync(_pailou.Id, "张\u202E明", "主任", "13800001111", Who)).Errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public async Task The_city_and_unknown_nodes_have_none()
    {
        Assert.Equal(ResponsibleService.WrongLevel, (await Service.SetAsync(_city.Id, "张明", "市长", "13800001111", Who)).Errors.Single().Code);
        Assert.Equal(ValidationCodes.NotFound, (await Service.SetAsync(999, "张明", "主任", "13800001111", Who)).Errors.Single().Code);
        Assert.Empty(_store.Writes);
    }

    [Fact]
    public async Task Clearing_audits_the_removal_and_clearing_nothing_writes_nothing()
    {
        await Service.ClearAsync(_pailou.Id, Who);
        Assert.Empty(_store.Writes);
        await Service.SetAsync(_pailou.Id, "张明", "主任", "13800001111", Who);
        await Service.ClearAsync(_pailou.Id, Who);

        Assert.False(_store.Rows.ContainsKey(_pailou.Id));
        var entry = Assert.Single(_store.Writes[^1]);
        Assert.Equal(("delete", "张明"), (entry.Action, entry.OldValue));
    }

    private sealed class InMemoryResponsibles : INodeResponsibleRepository
    {
        public Dictionary<long, NodeResponsible> Rows { get; } = [];
        public List<IReadOnlyList<AuditEntry>> Writes { get; } = [];

        public Task<NodeResponsible?> GetAsync(long nodeId) => Task.FromResult(Rows.TryGetValue(nodeId, out var r) ? r : null);

        public Task SaveAsync(NodeResponsible responsible, IReadOnlyList<AuditEntry> audit)
        {
            Rows[responsible.NodeId] = responsible;
            Writes.Add(audit);
            return Task.CompletedTask;
        }

        public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit)
        {
            if (!Rows.Remove(nodeId))
                return Task.FromResult(false);
            Writes.Add(audit);
            return Task.FromResult(true);
        }
    }
}
