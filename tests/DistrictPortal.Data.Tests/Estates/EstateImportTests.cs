using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Estates;

/// <summary>The registry import's batch write: all rows in one transaction, audited, or nothing at all.</summary>
public sealed class EstateImportTests
{
    [DatabaseTheory, DatabaseData]
    public async Task An_import_adds_and_changes_every_row_and_audits_each(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var existing = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Old Court");
        var after = Copy(existing, e => e.Households = 240);
        var context = TestDatabase.Context();

        var ids = await db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA1, "New Court"), TestTree.NewEstate(tree.CommunityA2, "Second Court")], context),
            [new EstateImportChange(after, EstateAudit.Diff(existing, after, context))]));

        Assert.Equal(2, ids.Count);
        Assert.Equal(["New Court", "Second Court"], (await Task.WhenAll(ids.Select(id => db.Estates.GetByIdAsync(id)))).Select(e => e!.Name));
        var changed = (await db.Estates.GetByIdAsync(existing.Id))!;
        Assert.Equal((240, existing.Version + 1), (changed.Households, changed.Version));
        foreach (var id in ids)
            Assert.Equal(AuditActions.Create, Assert.Single(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, id)).Action);
        var households = Assert.Single(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, existing.Id), a => a.Action == AuditActions.Update);
        Assert.Equal(("Households", "120", "240"), (households.Field, households.OldValue, households.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_import_under_a_confirmation_claimed_before_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var key = Guid.NewGuid().ToString("N");
        var confirmation = new ImportConfirmation(key, context.AtUtc);

        await db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA1, "Confirmed Court")], context), []) { Confirmation = confirmation });
        // The same confirmation again (another server, a replayed form), whatever it carries this time.
        var again = await Assert.ThrowsAsync<ImportAlreadyConfirmedException>(() => db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA2, "Twice Court")], context), []) { Confirmation = confirmation }));

        Assert.Equal(key, again.Key);
        Assert.True(await db.Estates.IsImportConfirmedAsync(key));
        Assert.False(await db.Estates.IsImportConfirmedAsync(Guid.NewGuid().ToString("N")));
        Assert.Single(await db.Nodes.ListByLevelAsync(tree.CommunityA1.Path, NodeLevel.Estate, includeRetired: true));
        Assert.Empty(await db.Nodes.ListByLevelAsync(tree.CommunityA2.Path, NodeLevel.Estate, includeRetired: true));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_refused_import_leaves_its_confirmation_unclaimed_and_old_claims_are_forgotten(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var old = Guid.NewGuid().ToString("N");
        await db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA1, "Old Claim Court")], context), [])
        { Confirmation = new ImportConfirmation(old, context.AtUtc - ImportConfirmation.Kept - TimeSpan.FromMinutes(1)) });
        var refused = Guid.NewGuid().ToString("N");

        // A duplicate name rolls the claim back with the rows: the user may confirm again once the file is put right.
        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA2, "Same Court"), TestTree.NewEstate(tree.CommunityA2, "same court")], context), [])
        { Confirmation = new ImportConfirmation(refused, context.AtUtc) }));
        await db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA2, "Same Court")], context), [])
        { Confirmation = new ImportConfirmation(refused, context.AtUtc) });

        Assert.True(await db.Estates.IsImportConfirmedAsync(refused));
        Assert.False(await db.Estates.IsImportConfirmedAsync(old));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_duplicate_at_the_third_new_row_leaves_nothing_written(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var existing = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Old Court");
        var after = Copy(existing, e => e.Households = 999);
        var context = TestDatabase.Context();

        // Rows 1 and 2 are valid; row 3 repeats row 1's name in the same community (the unique constraint fails there).
        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions(
            [
                TestTree.NewEstate(tree.CommunityA2, "First New"),
                TestTree.NewEstate(tree.CommunityA2, "Second New"),
                TestTree.NewEstate(tree.CommunityA2, "first new"),
            ], context),
            [new EstateImportChange(after, EstateAudit.Diff(existing, after, context))])));

        Assert.Equal([existing.Id], (await db.Nodes.ListByLevelAsync(tree.SubDistrictA.Path, NodeLevel.Estate, includeRetired: true)).Select(n => n.Id));
        var unchanged = (await db.Estates.GetByIdAsync(existing.Id))!;
        Assert.Equal((120, existing.Version), (unchanged.Households, unchanged.Version));
        Assert.DoesNotContain(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, existing.Id), a => a.Action == AuditActions.Update);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_stale_version_after_other_rows_rolls_them_back(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var first = await TestTree.AddEstateAsync(db, tree.CommunityA1, "First Court");
        var second = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Second Court");
        var context = TestDatabase.Context();
        var firstAfter = Copy(first, e => e.Buildings = 9);
        var secondStale = Copy(second, e => { e.Buildings = 9; e.Version = second.Version + 10; });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Estates.ImportAsync(new EstateImport(
            AuditedWrites.Additions([TestTree.NewEstate(tree.CommunityA2, "Added Court")], context),
            [
                new EstateImportChange(firstAfter, EstateAudit.Diff(first, firstAfter, context)),
                new EstateImportChange(secondStale, EstateAudit.Diff(second, secondStale, context)),
            ])));

        Assert.Equal(4, (await db.Estates.GetByIdAsync(first.Id))!.Buildings);
        Assert.Empty(await db.Nodes.ListByLevelAsync(tree.CommunityA2.Path, NodeLevel.Estate, includeRetired: true));
    }

    private static Estate Copy(Estate estate, Action<Estate> change)
    {
        var copy = new Estate
        {
            Id = estate.Id, CommunityId = estate.CommunityId, Name = estate.Name, Address = estate.Address,
            YearBuilt = estate.YearBuilt, IsCompleteSet = estate.IsCompleteSet, Buildings = estate.Buildings,
            Households = estate.Households, FloorArea = estate.FloorArea, ManagementRoomArea = estate.ManagementRoomArea,
            IsManagementRoomInterim = estate.IsManagementRoomInterim, Class = estate.Class, Status = estate.Status,
            Mode = estate.Mode, IsPilot = estate.IsPilot, IsBenchmark = estate.IsBenchmark, SixHaves = estate.SixHaves,
            EightHaves = estate.EightHaves, Version = estate.Version, CommunityName = estate.CommunityName,
            SubDistrictId = estate.SubDistrictId, SubDistrictName = estate.SubDistrictName, Path = estate.Path,
        };
        change(copy);
        return copy;
    }
}
