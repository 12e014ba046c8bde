using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Campaigns;

public sealed class CampaignRepositoryTests
{
    private const string EntityType = "Campaign";

    internal static Campaign NewCampaign(Node district, Action<Campaign>? change = null)
    {
        var campaign = new Campaign
        {
            DistrictId = district.Id,
            Name = "清零行动 2026",
            StartDate = new DateOnly(2026, 3, 1),
            TargetDate = new DateOnly(2026, 12, 31),
            DeadlineDay = DayOfWeek.Friday,
            DeadlineTime = new TimeOnly(17, 0),
        };
        change?.Invoke(campaign);
        return campaign;
    }

    [DatabaseTheory, DatabaseData]
    public async Task Create_takes_the_baseline_from_the_districts_live_unmanaged_estates_only(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var inA = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Unmanaged A", e => e.Households = 311);
        var inB = await TestTree.AddEstateAsync(db, tree.CommunityB2, "Unmanaged B");
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Professional", e =>
        {
            e.Status = ManagementStatus.Professional;
            e.Mode = ManagementMode.PropertyEnterprise;
        });
        await TestTree.AddEstateAsync(db, tree.CommunityA2, "Affordable", e => e.Status = ManagementStatus.AffordableHousing);
        var retired = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Retired");
        await db.Nodes.SetRetiredAsync(retired.Id, true, (await db.Nodes.GetByIdAsync(retired.Id))!.Version, TestDatabase.Context());
        var otherDistrict = await db.Nodes.CreateAsync(tree.City.Id, NodeLevel.District, TestDatabase.Unique("Other District"), TestDatabase.Context());
        var otherSub = await db.Nodes.CreateAsync(otherDistrict.Id, NodeLevel.SubDistrict, "Other Sub", TestDatabase.Context());
        var otherCommunity = await db.Nodes.CreateAsync(otherSub.Id, NodeLevel.Community, "Other Community", TestDatabase.Context());
        await TestTree.AddEstateAsync(db, otherCommunity, "Elsewhere");
        var context = TestDatabase.Context(new DateTime(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc));

        var id = await db.Campaigns.CreateAsync(NewCampaign(tree.District, c => c.DeadlineTime = new TimeOnly(16, 30)), context);
        // The baseline is taken at creation: an estate found unmanaged later joins only when added with a reason.
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Found Later");

        var campaign = (await db.Campaigns.GetByIdAsync(id))!;
        Assert.Equal((tree.District.Id, "清零行动 2026", new DateOnly(2026, 3, 1), (DateOnly?)new DateOnly(2026, 12, 31)),
            (campaign.DistrictId, campaign.Name, campaign.StartDate, campaign.TargetDate));
        Assert.Equal((DayOfWeek.Friday, new TimeOnly(16, 30)), (campaign.DeadlineDay, campaign.DeadlineTime));
        Assert.True(campaign.Version > 0);

        var list = await db.Campaigns.ListEstatesAsync(id, subDistrictId: null);
        Assert.Equal([inA.Id, inB.Id], list.Select(e => e.EstateId).Order());
        var a = Assert.Single(list, e => e.EstateId == inA.Id);
        Assert.Equal((id, tree.SubDistrictA.Id, "Unmanaged A", "Community A1", 311), (a.CampaignId, a.SubDistrictId, a.EstateName, a.CommunityName, a.Households));
        Assert.Equal((context.AtUtc, (string?)null, (DateTime?)null, (string?)null), (a.AddedUtc, a.AddedReason, a.RemovedUtc, a.RemovedReason));
        Assert.Equal([inB.Id], (await db.Campaigns.ListEstatesAsync(id, tree.SubDistrictB.Id)).Select(e => e.EstateId));
        var created = Assert.Single(await db.Audit.ListForEntityAsync(EntityType, id));
        Assert.Equal((AuditActions.Create, "清零行动 2026"), (created.Action, created.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Create_refuses_a_node_that_is_not_a_district(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        // Core's rules (CampaignService), refused before the store is asked.
        Assert.Equal(ValidationCodes.NotADistrict, Assert.Single((await CampaignWrites.Service(db).CreateAsync(NewCampaign(tree.SubDistrictA), TestDatabase.Context())).Errors).Code);
        Assert.Equal(ValidationCodes.Required, Assert.Single((await CampaignWrites.Service(db).CreateAsync(NewCampaign(tree.District, c => c.Name = "  "), TestDatabase.Context())).Errors).Code);
        // The store keeps its own guard on a blank name.
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Campaigns.CreateAsync(NewCampaign(tree.District, c => c.Name = "  "), TestDatabase.Context()));

        Assert.Empty(await db.Campaigns.ListAsync(tree.City.Path));
    }

    [DatabaseTheory, DatabaseData]
    public async Task GetForNode_finds_the_newest_campaign_of_the_district_containing_the_node(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Deep");
        var older = await db.Campaigns.CreateAsync(NewCampaign(tree.District, c => c.StartDate = new DateOnly(2025, 3, 1)), TestDatabase.Context());
        var newer = await db.Campaigns.CreateAsync(NewCampaign(tree.District, c => c.Name = "第二轮"), TestDatabase.Context());
        var otherDistrict = await db.Nodes.CreateAsync(tree.City.Id, NodeLevel.District, TestDatabase.Unique("Other"), TestDatabase.Context());
        var other = await db.Campaigns.CreateAsync(NewCampaign(otherDistrict), TestDatabase.Context());

        Assert.Equal(newer, (await db.Campaigns.GetForNodeAsync(estate.Path))!.Id);
        Assert.Equal(newer, (await db.Campaigns.GetForNodeAsync(tree.SubDistrictA.Path))!.Id);
        Assert.Equal(newer, (await db.Campaigns.GetForNodeAsync(tree.District.Path))!.Id);
        Assert.Equal(other, (await db.Campaigns.GetForNodeAsync(otherDistrict.Path))!.Id);
        Assert.Null(await db.Campaigns.GetForNodeAsync(tree.City.Path));
        Assert.Null(await db.Campaigns.GetForNodeAsync(""));

        Assert.Equal([newer, older], (await db.Campaigns.ListAsync(tree.District.Path)).Select(c => c.Id));
        Assert.Equal([other], (await db.Campaigns.ListAsync(otherDistrict.Path)).Select(c => c.Id));
        Assert.Equal(3, (await db.Campaigns.ListAsync(tree.City.Path)).Count);
        Assert.Empty(await db.Campaigns.ListAsync(tree.SubDistrictA.Path));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_is_version_checked_and_writes_the_audit_given(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Campaigns.CreateAsync(NewCampaign(tree.District), TestDatabase.Context());
        var before = (await db.Campaigns.GetByIdAsync(id))!;
        var after = (await db.Campaigns.GetByIdAsync(id))!;
        after.Name = "清零行动 (修订)";
        after.TargetDate = null;
        after.DeadlineDay = DayOfWeek.Monday;
        after.DeadlineTime = new TimeOnly(9, 0);
        after.StartDate = new DateOnly(2020, 1, 1);
        var audit = new AuditDiff(EntityType, id, TestDatabase.Context())
            .Field(nameof(Campaign.Name), before.Name, after.Name).Entries;

        await db.Campaigns.UpdateAsync(after, audit);

        var read = (await db.Campaigns.GetByIdAsync(id))!;
        Assert.Equal(("清零行动 (修订)", (DateOnly?)null, DayOfWeek.Monday, new TimeOnly(9, 0)),
            (read.Name, read.TargetDate, read.DeadlineDay, read.DeadlineTime));
        Assert.Equal(new DateOnly(2026, 3, 1), read.StartDate);
        Assert.NotEqual(before.Version, read.Version);
        Assert.Equal(2, (await db.Audit.ListForEntityAsync(EntityType, id)).Count);

        before.Name = "stale";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Campaigns.UpdateAsync(before, audit));
        Assert.Equal("清零行动 (修订)", (await db.Campaigns.GetByIdAsync(id))!.Name);
        Assert.Equal(2, (await db.Audit.ListForEntityAsync(EntityType, id)).Count);
    }
}
