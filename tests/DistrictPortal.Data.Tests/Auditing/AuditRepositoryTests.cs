using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Auditing;

public sealed class AuditRepositoryTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Entries_come_back_newest_first_up_to_the_limit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Audited");
        // After the estate's creation (stamped now), so "create" stays the oldest entry.
        var start = DateTime.UtcNow.AddDays(1);
        for (var households = 121; households <= 124; households++)
        {
            var before = (await db.Estates.GetByIdAsync(estate.Id))!;
            var after = (await db.Estates.GetByIdAsync(estate.Id))!;
            after.Households = households;
            // Times go up by a minute but are written out of clock order: the list must sort on AtUtc.
            var at = start.AddMinutes(households == 122 ? 10 : households - 121);
            await db.Estates.UpdateAsync(after, EstateAudit.Diff(before, after, TestDatabase.Context(at)));
        }

        var all = await db.Audit.ListForEntityAsync(EstateAudit.EntityType, estate.Id);
        var two = await db.Audit.ListForEntityAsync(EstateAudit.EntityType, estate.Id, max: 2);

        Assert.Equal(["122", "124", "123", "121"], all.Where(e => e.Action == AuditActions.Update).Select(e => e.NewValue));
        Assert.Equal(AuditActions.Create, all[^1].Action);
        Assert.Equal(["122", "124"], two.Select(e => e.NewValue));
        Assert.Empty(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, tree.CommunityA1.Id));
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_entry_keeps_who_when_and_what_exactly(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Exact");
        var at = new DateTime(2026, 11, 20, 16, 59, 59, DateTimeKind.Utc).AddTicks(1234567);
        var context = new ChangeContext(42, "审核员 reviewer", at);
        var after = (await db.Estates.GetByIdAsync(estate.Id))!;
        after.FloorArea = 1234567.89m;

        await db.Estates.UpdateAsync(after, EstateAudit.Diff(estate, after, context));

        var entry = Assert.Single(await db.Audit.ListForEntityAsync(EstateAudit.EntityType, estate.Id), e => e.Field == "FloorArea");
        Assert.Equal((at, DateTimeKind.Utc, 42L, "审核员 reviewer"), (entry.AtUtc, entry.AtUtc.Kind, entry.UserId, entry.UserName));
        Assert.Equal((EstateAudit.EntityType, estate.Id, AuditActions.Update, "FloorArea", "8000.5", "1234567.89"),
            (entry.EntityType, entry.EntityId, entry.Action, entry.Field, entry.OldValue, entry.NewValue));
        Assert.True(entry.Id > 0);
    }

    [DatabaseTheory, DatabaseData]
    public async Task The_change_stamp_moves_with_every_change_and_only_then(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Stamped");
        var before = await db.Audit.ReadChangeStampAsync();

        Assert.Equal(before, await db.Audit.ReadChangeStampAsync());
        var after = (await db.Estates.GetByIdAsync(estate.Id))!;
        after.Households += 1;
        await db.Estates.UpdateAsync(after, EstateAudit.Diff(estate, after, TestDatabase.Context(DateTime.UtcNow)));

        Assert.NotEqual(before, await db.Audit.ReadChangeStampAsync());
    }

    /// <summary>
    /// A cache rebuilt while a write is still open reads the figures without it: the stamp it keeps them under must
    /// not be the stamp seen after that write commits, or the old figures would be served until the next change.
    /// </summary>
    [DatabaseTheory, DatabaseData]
    public async Task A_stamp_read_while_a_write_is_open_differs_once_it_commits(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        await TestTree.CreateAsync(db);
        await using var write = await db.BeginPendingWriteAsync();

        var during = await db.Audit.ReadChangeStampAsync();
        await write.CommitAsync();

        Assert.NotEqual(during, await db.Audit.ReadChangeStampAsync());
    }

    /// <summary>
    /// The case MAX(Id) got wrong on SQL Server: an earlier write (lower identity) commits after a later one. SQLite
    /// cannot have two writes open at once (the second waits for the first), so this is SQL Server's alone.
    /// </summary>
    [DatabaseTheory, InlineData(TestBackends.SqlServer)]
    public async Task An_earlier_write_committing_after_a_later_one_still_moves_the_stamp(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        await using var earlier = await db.BeginPendingWriteAsync();
        await using (var later = await db.BeginPendingWriteAsync())
        {
            await later.CommitAsync();
        }

        var between = await db.Audit.ReadChangeStampAsync();
        await earlier.CommitAsync();

        Assert.NotEqual(between, await db.Audit.ReadChangeStampAsync());
    }
}
