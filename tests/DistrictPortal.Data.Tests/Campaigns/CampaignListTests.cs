using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Campaigns;

/// <summary>The campaign list (清零台账) after the baseline: estates added and removed, always with a reason.</summary>
public sealed class CampaignListTests
{
    private const string EntityType = "Campaign";

    [DatabaseTheory, DatabaseData]
    public async Task Remove_keeps_the_row_with_when_and_why_and_re_adding_clears_it(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Listed");
        var id = await db.Campaigns.CreateAsync(CampaignRepositoryTests.NewCampaign(tree.District), TestDatabase.Context());
        var removedAt = new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var addedAt = removedAt.AddDays(30);

        await db.Campaigns.RemoveEstateAsync(id, estate.Id, "  已有物业  ", TestDatabase.Context(removedAt));

        Assert.Empty(await db.Campaigns.ListEstatesAsync(id, null));
        var removed = Assert.Single(await db.Campaigns.ListEstatesAsync(id, null, includeRemoved: true));
        Assert.Equal(((DateTime?)removedAt, "已有物业"), (removed.RemovedUtc, removed.RemovedReason));

        await db.Campaigns.AddEstateAsync(id, estate.Id, "物业撤场, 重新列入", TestDatabase.Context(addedAt));

        var readded = Assert.Single(await db.Campaigns.ListEstatesAsync(id, tree.SubDistrictA.Id));
        Assert.Equal((addedAt, "物业撤场, 重新列入", (DateTime?)null, (string?)null),
            (readded.AddedUtc, readded.AddedReason, readded.RemovedUtc, readded.RemovedReason));
        var trail = (await db.Audit.ListForEntityAsync(EntityType, id)).Where(e => e.Field is not null).ToList();
        Assert.Equal([("add-estate", "物业撤场, 重新列入"), ("remove-estate", "已有物业")], trail.Select(e => (e.Action, e.NewValue!)));
        Assert.All(trail, e => Assert.Equal($"Estates[{estate.Id}]", e.Field));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Add_puts_a_new_estate_on_the_list_and_adding_a_listed_one_changes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Campaigns.CreateAsync(CampaignRepositoryTests.NewCampaign(tree.District), TestDatabase.Context());
        var found = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Found Later");
        var at = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.True((await CampaignWrites.Service(db).AddEstateAsync(id, found.Id, "回头看发现", TestDatabase.Context(at))).Value);
        // Already on the list: Core answers "nothing changed" and writes nothing; the store, asked anyway, says conflict.
        Assert.False((await CampaignWrites.Service(db).AddEstateAsync(id, found.Id, "again", TestDatabase.Context(at.AddDays(1)))).Value);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Campaigns.AddEstateAsync(id, found.Id, "again", TestDatabase.Context(at.AddDays(1))));

        var listed = Assert.Single(await db.Campaigns.ListEstatesAsync(id, tree.SubDistrictB.Id));
        Assert.Equal((found.Id, at, "回头看发现"), (listed.EstateId, listed.AddedUtc, listed.AddedReason));
        Assert.Single(await db.Audit.ListForEntityAsync(EntityType, id), e => e.Action == "add-estate");
        Assert.Empty(await db.Campaigns.ListEstatesAsync(id, tree.SubDistrictA.Id));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Add_and_remove_refuse_estates_outside_the_district_or_the_list_and_blank_reasons(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var listed = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Listed");
        var id = await db.Campaigns.CreateAsync(CampaignRepositoryTests.NewCampaign(tree.District), TestDatabase.Context());
        var notListed = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Not Listed");
        var otherDistrict = await db.Nodes.CreateAsync(tree.City.Id, NodeLevel.District, TestDatabase.Unique("Other"), TestDatabase.Context());
        var otherSub = await db.Nodes.CreateAsync(otherDistrict.Id, NodeLevel.SubDistrict, "Sub", TestDatabase.Context());
        var otherCommunity = await db.Nodes.CreateAsync(otherSub.Id, NodeLevel.Community, "Community", TestDatabase.Context());
        var outside = await TestTree.AddEstateAsync(db, otherCommunity, "Outside");
        var context = TestDatabase.Context();

        // The rules are Core's, answered with codes before anything is written.
        var service = CampaignWrites.Service(db);
        Assert.Equal(ValidationCodes.NotUnderDistrict, Assert.Single((await service.AddEstateAsync(id, outside.Id, "wrong district", context)).Errors).Code);
        Assert.Equal(ValidationCodes.Required, Assert.Single((await service.AddEstateAsync(id, notListed.Id, " ", context)).Errors).Code);
        Assert.Equal(ValidationCodes.NotOnList, Assert.Single((await service.RemoveEstateAsync(id, notListed.Id, "never listed", context)).Errors).Code);
        Assert.Equal(ValidationCodes.Required, Assert.Single((await service.RemoveEstateAsync(id, listed.Id, "", context)).Errors).Code);
        // The store keeps its keys: an id that is no estate or no campaign, whatever the caller decided.
        await Assert.ThrowsAsync<ArgumentException>(() => db.Campaigns.AddEstateAsync(id, tree.CommunityA1.Id, "not an estate", context));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Campaigns.AddEstateAsync(id + 1_000_000, listed.Id, "no campaign", context));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Campaigns.RemoveEstateAsync(id, notListed.Id, "never listed", context));

        Assert.Equal([listed.Id], (await db.Campaigns.ListEstatesAsync(id, null, includeRemoved: true)).Select(e => e.EstateId));
        Assert.Single(await db.Audit.ListForEntityAsync(EntityType, id));
    }
}
