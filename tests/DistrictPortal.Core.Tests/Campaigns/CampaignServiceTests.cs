using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Campaigns;

/// <summary>
/// The campaign rules as Core owns them (they were the repositories' ArgumentException and the procedures' THROW 50400):
/// a live district runs a campaign, only estates under it join its list, only listed estates leave it; and the audit
/// entries the repository is handed with each write.
/// </summary>
public sealed class CampaignServiceTests
{
    private static readonly ChangeContext By = new(1, "admin", new DateTime(2026, 9, 1, 1, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryCampaigns _campaigns = new();
    private readonly InMemoryNodes _nodes = new();
    private readonly InMemoryEstatesAndTrails _estates = new();
    private readonly Node _district;
    private readonly Node _community;
    private readonly Node _elsewhere;

    public CampaignServiceTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "市");
        _district = _nodes.Add(city.Id, NodeLevel.District, "区");
        var sub = _nodes.Add(_district.Id, NodeLevel.SubDistrict, "牌楼街道");
        _community = _nodes.Add(sub.Id, NodeLevel.Community, "社区");
        var other = _nodes.Add(city.Id, NodeLevel.District, "另一区");
        _elsewhere = _nodes.Add(_nodes.Add(other.Id, NodeLevel.SubDistrict, "别处").Id, NodeLevel.Community, "别处社区");
    }

    private CampaignService Service => new(_campaigns, _nodes, _estates);

    private Estate AddEstate(Node community, long id)
    {
        var estate = new Estate { Id = id, CommunityId = community.Id, Name = $"小区{id}", Path = Node.ChildPath(community.Path, id) };
        _estates.Estates[id] = estate;
        return estate;
    }

    private static Campaign NewCampaign(long districtId, string name = " 清零行动 ") => new()
    {
        DistrictId = districtId, Name = name, StartDate = new DateOnly(2026, 9, 1), TargetDate = new DateOnly(2027, 6, 30),
    };

    [Fact]
    public async Task A_campaign_is_created_for_a_live_district_with_its_create_entry_under_the_new_id()
    {
        var result = await Service.CreateAsync(NewCampaign(_district.Id), By);

        Assert.True(result.Succeeded);
        var (_, id, audit) = Assert.Single(_campaigns.Writes);
        var entry = Assert.Single(audit);
        Assert.Equal((result.Value, AuditEntities.Campaign, result.Value, AuditActions.Create, "清零行动"), (id, entry.EntityType, entry.EntityId, entry.Action, entry.NewValue));
    }

    [Fact]
    public async Task A_node_that_is_not_a_live_district_or_a_campaign_breaking_its_own_rules_is_refused_without_a_write()
    {
        Assert.Equal("DistrictId:NotADistrict", Assert.Single((await Service.CreateAsync(NewCampaign(_community.Id), By)).Errors).ToKey());
        var broken = NewCampaign(_district.Id, "  ");
        broken.TargetDate = broken.StartDate;
        Assert.Equal(["Name:Required", "TargetDate:TargetAfterStart"], (await Service.CreateAsync(broken, By)).Errors.Select(e => e.ToKey()).ToArray());
        Assert.Empty(_campaigns.Writes);
    }

    [Fact]
    public async Task Only_an_estate_under_the_district_joins_and_only_a_listed_one_leaves()
    {
        var id = (await Service.CreateAsync(NewCampaign(_district.Id), By)).Value;
        var inside = AddEstate(_community, 501);
        var outside = AddEstate(_elsewhere, 502);

        Assert.Equal("estateId:NotUnderDistrict", Assert.Single((await Service.AddEstateAsync(id, outside.Id, "错区", By)).Errors).ToKey());
        Assert.Equal("reason:Required", Assert.Single((await Service.AddEstateAsync(id, inside.Id, " ", By)).Errors).ToKey());
        Assert.Equal("estateId:NotOnList", Assert.Single((await Service.RemoveEstateAsync(id, inside.Id, "从未列入", By)).Errors).ToKey());
        Assert.Single(_campaigns.Writes);

        Assert.True((await Service.AddEstateAsync(id, inside.Id, " 回头看发现 ", By)).Value);
        Assert.False((await Service.AddEstateAsync(id, inside.Id, "again", By)).Value);
        Assert.True((await Service.RemoveEstateAsync(id, inside.Id, "已有物业", By)).Value);
        Assert.False((await Service.RemoveEstateAsync(id, inside.Id, "again", By)).Value);

        Assert.Equal([("add", "add-estate", "Estates[501]", "回头看发现"), ("remove", "remove-estate", "Estates[501]", "已有物业")],
            _campaigns.Writes.Skip(1).Select(w => (w.Write, Assert.Single(w.Audit).Action, Assert.Single(w.Audit).Field!, Assert.Single(w.Audit).NewValue!)).ToArray());
    }

    [Fact]
    public async Task An_edit_is_diffed_in_core_and_saves_nothing_when_nothing_changed()
    {
        var id = (await Service.CreateAsync(NewCampaign(_district.Id), By)).Value;
        var stored = (await _campaigns.GetByIdAsync(id))!;
        var readAt = stored.Version;

        var same = await Service.UpdateAsync(new Campaign { Id = id, Name = "清零行动", TargetDate = stored.TargetDate, DeadlineDay = stored.DeadlineDay, DeadlineTime = stored.DeadlineTime }, readAt, By);
        Assert.False(same.Value);

        var renamed = await Service.UpdateAsync(new Campaign { Id = id, Name = "清零行动（第二阶段）", TargetDate = stored.TargetDate, DeadlineDay = stored.DeadlineDay, DeadlineTime = new TimeOnly(18, 0) }, readAt, By);
        Assert.True(renamed.Value);
        var audit = _campaigns.Writes[^1].Audit;
        Assert.Equal([("DeadlineTime", "17:00", "18:00"), ("Name", "清零行动", "清零行动（第二阶段）")],
            audit.Select(e => (e.Field!, e.OldValue!, e.NewValue!)).OrderBy(e => e.Item1).ToArray());
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateAsync(new Campaign { Id = id, Name = "x" }, readAt, By));
    }
}
