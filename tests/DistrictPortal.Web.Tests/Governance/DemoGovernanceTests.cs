using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Plans;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Governance;

/// <summary>
/// The demo seeds issue 16's governance objects through Core's services (DemoGovernancePlans): the campaign's phases,
/// the full-coverage plans (two overdue rows in 牌楼, the other lists planned in full), 第一责任人 on a few nodes, and look-backs in
/// every state. The portal is shared, so each check reads what other tests leave alone or holds whatever they add.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DemoGovernanceTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task The_demo_has_phases_and_a_plan_row_for_every_listed_estate_with_overdue_rows_in_pailou_only()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var campaign = (await Get<ICampaignRepository>().GetForNodeAsync(district.Path))!;
        Assert.Equal([PhaseKind.Survey, PhaseKind.Implementation, PhaseKind.Consolidation],
            (await Get<IPlanRepository>().ListPhasesAsync(campaign.Id)).Select(p => p.Kind));

        var rows = await Get<IPlanRepository>().ListAsync(campaign.Id, null);
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        // 牌楼's officer has the rest of its plan to make (its own tests add rows); every other list is planned in full.
        var listed = (await Get<ICampaignRepository>().ListEstatesAsync(campaign.Id, null)).Where(e => e.SubDistrictId != pailou.Id).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, e => Assert.Contains(rows, r => r.EstateId == e.EstateId && r.PlannedDate is not null));
        var overdue = PlanService.OverdueBySubDistrict(rows, Get<PortalClock>().Today);
        Assert.True(overdue.GetValueOrDefault(pailou.Id) >= 1, "牌楼's plan has estates past their planned date");
        Assert.All(overdue.Keys, id => Assert.Equal(pailou.Id, id));
    }

    [Fact]
    public async Task The_demo_names_responsible_persons_on_the_district_and_a_community()
    {
        var store = Get<INodeResponsibleRepository>();
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "观音岩社区");

        Assert.Equal("陈志远", (await store.GetAsync(district.Id))?.Name);
        Assert.Equal("周丽", (await store.GetAsync(community.Id))?.Name);
    }

    [Fact]
    public async Task The_demo_has_a_passed_look_back_a_relapse_and_strike_offs_still_provisional()
    {
        var store = Get<ILookBackRepository>();
        var subDistrict = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoGovernancePlans.LookBackSubDistrict);
        var lookBacks = await store.ListInScopeAsync(subDistrict.Path);
        var struck = await store.ListStruckOffInScopeAsync(subDistrict.Path);
        var today = Get<PortalClock>().Today;

        var passed = Assert.Single(lookBacks, l => l.Passed);
        var failed = Assert.Single(lookBacks, l => !l.Passed);
        Assert.True(failed.Relapsed);
        Assert.DoesNotContain(struck, s => s.EstateId == failed.EstateId);
        Assert.Equal(LookBackStage.AwaitingSecond,
            LookBackSchedule.For(struck.Single(s => s.EstateId == passed.EstateId).StruckOffDate, lookBacks.Where(l => l.EstateId == passed.EstateId), today,
                LookBackSettings.Default).Stage);
        Assert.Contains(struck, s => LookBackSchedule.For(s.StruckOffDate, lookBacks.Where(l => l.EstateId == s.EstateId), today, LookBackSettings.Default).IsProvisional);
    }
}
