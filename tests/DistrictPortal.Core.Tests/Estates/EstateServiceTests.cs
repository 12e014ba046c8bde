using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Estates;

/// <summary>
/// New estates as Core registers them: the registry's rules and the hierarchy's (an estate sits under a live community)
/// are checked before anything is written, and the "create" entry is built here, for the store to stamp with the new id.
/// </summary>
public sealed class EstateServiceTests
{
    private static readonly ChangeContext Who = new(5, "牌楼街道办 王芳", new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly InMemoryEstatesAndTrails _estates = new();
    private readonly Node _subDistrict;
    private readonly Node _community;
    private readonly Node _retired;

    public EstateServiceTests()
    {
        var district = _nodes.Add(null, NodeLevel.District, "示例区");
        _subDistrict = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _community = _nodes.Add(_subDistrict.Id, NodeLevel.Community, "印盒石社区");
        _retired = _nodes.Add(_subDistrict.Id, NodeLevel.Community, "旧社区", retired: true);
    }

    private EstateService Service => new(_estates, _nodes);

    private static Estate NewEstate(long communityId, string name = "万安交通小区") => new()
    {
        CommunityId = communityId, Name = name, Address = "万安路1号", YearBuilt = 1992, Buildings = 4, Households = 120,
        FloorArea = 8000m, Class = EstateClass.Two, Status = ManagementStatus.Unmanaged, Mode = ManagementMode.None,
    };

    [Fact]
    public async Task A_new_estate_under_a_community_is_written_with_its_create_entry_built_in_core()
    {
        var result = await Service.CreateAsync(NewEstate(_community.Id), 2026, Who);

        Assert.True(result.Succeeded);
        var (estate, audit) = Assert.Single(_estates.Created);
        Assert.Equal(result.Value, estate.Id);
        var entry = Assert.Single(audit);
        Assert.Equal((AuditEntities.Estate, estate.Id, AuditActions.Create, "万安交通小区", "牌楼街道办 王芳"),
            (entry.EntityType, entry.EntityId, entry.Action, entry.NewValue, entry.UserName));
    }

    [Fact]
    public async Task An_estate_is_refused_under_a_sub_district_a_retired_or_an_unknown_community_and_nothing_is_written()
    {
        Assert.Equal([ValidationCodes.NotACommunity], Codes(await Service.CreateAsync(NewEstate(_subDistrict.Id), 2026, Who)));
        Assert.Equal([ValidationCodes.ParentRetired], Codes(await Service.CreateAsync(NewEstate(_retired.Id), 2026, Who)));
        Assert.Equal([ValidationCodes.NotFound], Codes(await Service.CreateAsync(NewEstate(long.MaxValue), 2026, Who)));
        Assert.Empty(_estates.Created);
    }

    [Fact]
    public async Task An_estate_that_breaks_the_registrys_rules_is_refused_before_the_write()
    {
        var unnamed = NewEstate(_community.Id, name: " ");

        var result = await Service.CreateAsync(unnamed, 2026, Who);

        Assert.Contains(result.Errors, e => (e.Field, e.Code) == (nameof(Estate.Name), ValidationCodes.Required));
        Assert.Empty(_estates.Created);
    }

    [Fact]
    public async Task An_import_is_refused_whole_when_one_added_estate_is_not_under_a_community()
    {
        var refused = await Service.ImportAsync([NewEstate(_community.Id, "甲"), NewEstate(_subDistrict.Id, "乙")], [], 2026, Who);
        Assert.Equal([ValidationCodes.NotACommunity], Codes(refused));
        Assert.Empty(_estates.Created);

        var written = await Service.ImportAsync([NewEstate(_community.Id, "甲"), NewEstate(_community.Id, "乙")], [], 2026, Who);
        Assert.Equal(2, written.Value!.Count);
        Assert.All(_estates.Created, c => Assert.Equal(c.Estate.Id, Assert.Single(c.Audit).EntityId));
    }

    private static IEnumerable<string> Codes<T>(DomainResult<T> result) => result.Errors.Select(e => e.Code);
}
