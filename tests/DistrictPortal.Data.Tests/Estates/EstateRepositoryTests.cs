using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Estates;

public sealed class EstateRepositoryTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Create_stores_every_fact_and_get_adds_its_place_in_the_hierarchy(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var written = TestTree.NewEstate(tree.CommunityA2, "Full Estate", e =>
        {
            e.YearBuilt = 1988;
            e.IsCompleteSet = true;
            e.Buildings = 7;
            e.Households = 345;
            e.IsManagementRoomInterim = true;
            e.Class = EstateClass.Three;
            e.Status = ManagementStatus.AffordableHousing;
            e.Mode = ManagementMode.SubDistrictPackage;
            e.IsPilot = true;
            e.IsBenchmark = true;
            e.SixHaves = SixHaves.All;
            e.EightHaves = EightHaves.ManagementRoom | EightHaves.RepairManagement;
        });

        var id = await db.Estates.CreateAsync(written, TestDatabase.Context());
        var read = (await db.Estates.GetByIdAsync(id))!;

        Assert.Equal(
            (written.Name, written.Address, written.YearBuilt, written.IsCompleteSet, written.Buildings, written.Households),
            (read.Name, read.Address, read.YearBuilt, read.IsCompleteSet, read.Buildings, read.Households));
        Assert.Equal(
            (written.FloorArea, written.ManagementRoomArea, written.IsManagementRoomInterim, written.Class, written.Status, written.Mode),
            (read.FloorArea, read.ManagementRoomArea, read.IsManagementRoomInterim, read.Class, read.Status, read.Mode));
        Assert.Equal(
            (written.IsPilot, written.IsBenchmark, written.SixHaves, written.EightHaves, false),
            (read.IsPilot, read.IsBenchmark, read.SixHaves, read.EightHaves, read.IsRetired));
        Assert.Equal(
            (tree.CommunityA2.Id, "Community A2", tree.SubDistrictA.Id, tree.SubDistrictA.Name, $"{tree.CommunityA2.Path}{id}/"),
            (read.CommunityId, read.CommunityName, read.SubDistrictId, read.SubDistrictName, read.Path));

        var node = (await db.Nodes.GetByIdAsync(id))!;
        Assert.Equal((NodeLevel.Estate, tree.CommunityA2.Id, "Full Estate"), (node.Level, node.ParentId!.Value, node.Name));
        var created = Assert.Single(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, id));
        Assert.Equal(AuditActions.Create, created.Action);
    }

    [DatabaseTheory, DatabaseData]
    public async Task GetById_of_a_missing_estate_or_of_a_plain_node_is_null(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        Assert.Null(await db.Estates.GetByIdAsync(long.MaxValue));
        Assert.Null(await db.Estates.GetByIdAsync(tree.CommunityA1.Id));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Create_under_an_unknown_parent_is_refused_and_writes_nothing(string database)
    {
        // That the parent is a live community is Core's rule (EstateService, tested in Core); the store keeps the key.
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Estates.CreateAsync(TestTree.NewEstate(new Node { Id = long.MaxValue }, "Nowhere"), TestDatabase.Context()));

        Assert.Equal(2, (await db.Nodes.GetChildrenAsync(tree.SubDistrictA.Id, includeRetired: true)).Count);
        Assert.Empty(await db.Nodes.ListByLevelAsync(tree.City.Path, NodeLevel.Estate, includeRetired: true));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Create_refuses_a_name_taken_in_the_same_community(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Twin Estate");

        await Assert.ThrowsAsync<DuplicateNameException>(() =>
            db.Estates.CreateAsync(TestTree.NewEstate(tree.CommunityA1, "twin estate"), TestDatabase.Context()));
        await TestTree.AddEstateAsync(db, tree.CommunityA2, "Twin Estate");

        Assert.Equal(2, (await db.Nodes.ListByLevelAsync(tree.City.Path, NodeLevel.Estate)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Decimals_round_trip_exactly(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var big = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Big", e => (e.FloorArea, e.ManagementRoomArea) = (1234567.89m, 0.01m));
        var none = await TestTree.AddEstateAsync(db, tree.CommunityA1, "No Room", e => (e.FloorArea, e.ManagementRoomArea) = (0.01m, null));
        big.FloorArea = 9999999999999999.99m;
        big.ManagementRoomArea = 1234567.89m;
        await db.Estates.UpdateAsync(big, []);

        var updated = (await db.Estates.GetByIdAsync(big.Id))!;
        Assert.Equal(9999999999999999.99m, updated.FloorArea);
        Assert.Equal(1234567.89m, updated.ManagementRoomArea);
        Assert.Equal(0.01m, none.FloorArea);
        Assert.Null(none.ManagementRoomArea);
        var found = (await db.Estates.SearchAsync(new EstateQuery { ScopePath = tree.CommunityA1.Path, Text = "Big" })).Items;
        Assert.Equal(9999999999999999.99m, Assert.Single(found).FloorArea);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_writes_the_facts_the_name_and_the_audit_entries_together(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var before = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Old Name");
        var after = (await db.Estates.GetByIdAsync(before.Id))!;
        after.Name = "New Name";
        after.Households = 500;
        after.Status = ManagementStatus.Professional;
        after.Mode = ManagementMode.PropertyEnterprise;
        after.SixHaves = SixHaves.All;
        var context = TestDatabase.Context();
        var audit = EstateAudit.Diff(before, after, context);

        await db.Estates.UpdateAsync(after, audit);

        var read = (await db.Estates.GetByIdAsync(before.Id))!;
        Assert.Equal(("New Name", 500, ManagementStatus.Professional, ManagementMode.PropertyEnterprise, SixHaves.All),
            (read.Name, read.Households, read.Status, read.Mode, read.SixHaves));
        Assert.Equal("New Name", (await db.Nodes.GetByIdAsync(before.Id))!.Name);
        Assert.NotEqual(before.Version, read.Version);
        Assert.Equal(tree.CommunityB1.Id, read.CommunityId);
        var trail = await db.Audit.ListForEntityAsync(EstateAudit.EntityType, before.Id);
        Assert.Equal(audit.Count + 1, trail.Count);
        Assert.Contains(trail, e => e is { Field: "Households", OldValue: "120", NewValue: "500" });
        Assert.Contains(trail, e => e is { Field: "Name", OldValue: "Old Name", NewValue: "New Name" });
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_with_a_stale_version_conflicts_and_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var original = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Contested");
        var first = (await db.Estates.GetByIdAsync(original.Id))!;
        first.Households = 130;
        await db.Estates.UpdateAsync(first, EstateAudit.Diff(original, first, TestDatabase.Context()));
        var trailBefore = (await db.Audit.ListForEntityAsync(EstateAudit.EntityType, original.Id)).Count;

        var second = (await db.Estates.GetByIdAsync(original.Id))!;
        second.Version = original.Version;
        second.Name = "Contested Renamed";
        second.Households = 999;
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Estates.UpdateAsync(second, EstateAudit.Diff(original, second, TestDatabase.Context())));

        Assert.Equal(original.Id, conflict.Id);
        var read = (await db.Estates.GetByIdAsync(original.Id))!;
        Assert.Equal(("Contested", 130), (read.Name, read.Households));
        Assert.Equal(trailBefore, (await db.Audit.ListForEntityAsync(EstateAudit.EntityType, original.Id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_refuses_a_name_taken_in_the_community_and_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Taken");
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Mine");
        estate.Name = "TAKEN";
        estate.Households = 1;

        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Estates.UpdateAsync(estate, []));

        var read = (await db.Estates.GetByIdAsync(estate.Id))!;
        Assert.Equal(("Mine", 120), (read.Name, read.Households));
    }
}
