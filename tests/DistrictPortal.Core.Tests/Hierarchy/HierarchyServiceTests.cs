using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Hierarchy;

/// <summary>
/// The five-level responsibility system (市 → 区 → 街道 → 社区 → 小区): the rules the SQLite repository and the
/// procedures used to throw as text, now Core's refusals with codes, and the audit built once.
/// </summary>
public sealed class HierarchyServiceTests
{
    private static readonly ChangeContext Who = new(1, "admin", new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly Node _city;
    private readonly Node _district;
    private readonly Node _pailou;
    private readonly Node _wanan;
    private readonly Node _haichao;

    public HierarchyServiceTests()
    {
        _city = _nodes.Add(null, NodeLevel.City, "杭州市");
        _district = _nodes.Add(_city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _wanan = _nodes.Add(_pailou.Id, NodeLevel.Community, "万安社区");
        _haichao = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "海潮街道");
    }

    private HierarchyService Service => new(_nodes);

    private static string[] Keys(IReadOnlyList<ValidationError> errors) => errors.Select(e => e.ToKey()).ToArray();

    [Fact]
    public async Task A_community_is_created_under_a_sub_district_trimmed_with_its_create_entry()
    {
        var result = await Service.CreateAsync(_pailou.Id, NodeLevel.Community, " 海月社区 ", Who);

        Assert.True(result.Succeeded);
        Assert.Equal(("海月社区", _pailou.Id), (result.Value!.Name, result.Value.ParentId));
        var entry = Assert.Single(Assert.Single(_nodes.Writes).Audit);
        Assert.Equal((AuditEntities.Node, result.Value.Id, AuditActions.Create, "海月社区"), (entry.EntityType, entry.EntityId, entry.Action, entry.NewValue));
    }

    [Fact]
    public async Task A_node_sits_exactly_one_level_below_a_live_parent_and_only_the_city_has_none()
    {
        Assert.Equal(["ParentId:WrongParentLevel"], Keys((await Service.CreateAsync(_district.Id, NodeLevel.Community, "跳级社区", Who)).Errors));
        Assert.Equal(["ParentId:Required"], Keys((await Service.CreateAsync(null, NodeLevel.District, "无上级", Who)).Errors));
        Assert.Equal(["ParentId:NotFound"], Keys((await Service.CreateAsync(999, NodeLevel.District, "无此上级", Who)).Errors));
        Assert.Equal(["Name:Required"], Keys((await Service.CreateAsync(_pailou.Id, NodeLevel.Community, "  ", Who)).Errors));
        Assert.Equal(["Name:TooLong"], Keys((await Service.CreateAsync(_pailou.Id, NodeLevel.Community, new string('社', 101), Who)).Errors));
        var retired = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "已撤并街道", retired: true);
        var refused = await Service.CreateAsync(retired.Id, NodeLevel.Community, "新社区", Who);
        Assert.Equal(["ParentId:ParentRetired"], Keys(refused.Errors));
        Assert.Equal("已撤并街道", refused.Errors[0].Args[0]);
        Assert.True((await Service.CreateAsync(null, NodeLevel.City, "宁波市", Who)).Succeeded);
        Assert.Single(_nodes.Writes);
    }

    [Fact]
    public async Task A_move_keeps_the_level_never_goes_under_itself_or_a_retired_node_and_is_audited_old_and_new_parent()
    {
        Assert.Equal(["ParentId:WrongParentLevel"], Keys((await Service.MoveAsync(_wanan.Id, _district.Id, _wanan.Version, Who)).Errors));
        Assert.Equal(["ParentId:UnderItself"], Keys((await Service.MoveAsync(_pailou.Id, _wanan.Id, _pailou.Version, Who)).Errors));
        var retired = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "已撤并街道", retired: true);
        Assert.Equal(["ParentId:ParentRetired"], Keys((await Service.MoveAsync(_wanan.Id, retired.Id, _wanan.Version, Who)).Errors));
        Assert.Empty(_nodes.Writes);

        Assert.True((await Service.MoveAsync(_wanan.Id, _haichao.Id, _wanan.Version, Who)).Succeeded);

        var entry = Assert.Single(Assert.Single(_nodes.Writes).Audit);
        Assert.Equal((AuditActions.Move, "ParentId", _pailou.Id.ToString(), _haichao.Id.ToString()),
            (entry.Action, entry.Field, entry.OldValue, entry.NewValue));
        Assert.StartsWith(_haichao.Path, (await _nodes.GetByIdAsync(_wanan.Id))!.Path);
    }

    [Fact]
    public async Task Renaming_or_retiring_to_what_it_already_is_writes_nothing_and_a_stale_version_is_a_conflict()
    {
        Assert.True((await Service.RenameAsync(_wanan.Id, " 万安社区 ", _wanan.Version, Who)).Succeeded);
        Assert.True((await Service.SetRetiredAsync(_wanan.Id, false, _wanan.Version, Who)).Succeeded);
        Assert.True((await Service.MoveAsync(_wanan.Id, _pailou.Id, _wanan.Version, Who)).Succeeded);
        Assert.Empty(_nodes.Writes);

        Assert.True((await Service.RenameAsync(_wanan.Id, "万安新社区", _wanan.Version, Who)).Succeeded);
        var entry = Assert.Single(Assert.Single(_nodes.Writes).Audit);
        Assert.Equal(("Name", "万安社区", "万安新社区"), (entry.Field, entry.OldValue, entry.NewValue));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.SetRetiredAsync(_wanan.Id, true, _wanan.Version, Who));
    }

    [Fact]
    public async Task Deleting_records_the_name_in_the_trail_and_a_node_with_children_is_kept()
    {
        var mistake = _nodes.Add(_pailou.Id, NodeLevel.Community, "录错的社区");

        Assert.False(await Service.DeleteIfUnusedAsync(_pailou.Id, Who));
        Assert.True(await Service.DeleteIfUnusedAsync(mistake.Id, Who));

        var entry = Assert.Single(Assert.Single(_nodes.Writes).Audit);
        Assert.Equal((AuditActions.Delete, "录错的社区", mistake.Id), (entry.Action, entry.OldValue, entry.EntityId));
    }
}
