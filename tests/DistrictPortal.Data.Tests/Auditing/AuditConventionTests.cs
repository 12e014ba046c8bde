using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Auditing;

/// <summary>
/// The audit convention for the writes that used to diff inside each backend (accounts, new estates, imports, new and
/// overdue returns, the briefing archive): the store writes exactly the entries Core built, a new row's stamped with its
/// id, in the entity's transaction; when an entry cannot be written, the entity is not written either.
/// </summary>
public sealed class AuditConventionTests
{
    private static readonly DateOnly Week = new(2026, 11, 20);

    /// <summary>An entry as Core builds it, carrying a value no store would make up, so the test sees the store wrote this one.</summary>
    private static IReadOnlyList<AuditEntry> Given(string entityType, long entityId = AuditEntry.NewRow) =>
    [
        new() { AtUtc = DateTime.UtcNow, UserId = 3, UserName = "contract-test", EntityType = entityType, EntityId = entityId,
                Action = AuditActions.Create, NewValue = "built-in-core" },
    ];

    /// <summary>An entry the audit table refuses (no action): the write it goes with must leave nothing behind.</summary>
    private static IReadOnlyList<AuditEntry> Unwritable(string entityType, long entityId = AuditEntry.NewRow) =>
    [
        new() { AtUtc = DateTime.UtcNow, UserId = 3, UserName = "contract-test", EntityType = entityType, EntityId = entityId, Action = null! },
    ];

    private static async Task AssertWrittenAsync(TestDatabase db, string entityType, long id)
    {
        var entry = Assert.Single(await db.Audit.ListForEntityAsync(entityType, id));
        Assert.Equal((3L, "contract-test", AuditActions.Create, "built-in-core"), (entry.UserId, entry.UserName, entry.Action, entry.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_new_user_is_written_with_the_entries_given_or_not_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var user = TestTree.NewUser(tree.SubDistrictA.Id);
        var refused = TestTree.NewUser(tree.SubDistrictA.Id);

        var id = await db.Users.CreateAsync(user, Given(UserAudit.EntityType));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Users.CreateAsync(refused, Unwritable(UserAudit.EntityType)));

        await AssertWrittenAsync(db, UserAudit.EntityType, id);
        Assert.Null(await db.Users.GetByUserNameAsync(refused.UserName));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Sign_in_bookkeeping_and_unlock_are_written_with_their_entries_or_not_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var lockedUntil = DateTime.UtcNow.AddMinutes(15);

        await Assert.ThrowsAnyAsync<Exception>(() => db.Users.RecordFailedSignInAsync(id, lockedUntil, Unwritable(UserAudit.EntityType, id)));
        var untouched = (await db.Users.GetByIdAsync(id))!;
        Assert.Equal((0, (DateTime?)null), (untouched.FailedSignIns, untouched.LockoutEndUtc));

        Assert.Equal(1, await db.Users.RecordFailedSignInAsync(id, lockedUntil, UserAudit.FailedSignIn(id, 0, lockedUntil, TestDatabase.Context())));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Users.UnlockAsync(id, Unwritable(UserAudit.EntityType, id)));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Users.RecordSignInAsync(id, "hash-rehashed", Unwritable(UserAudit.EntityType, id)));
        var stillLocked = (await db.Users.GetByIdAsync(id))!;
        Assert.Equal((1, "hash-v1"), (stillLocked.FailedSignIns, stillLocked.PasswordHash));
        Assert.NotNull(stillLocked.LockoutEndUtc);

        // What the store wrote is what Core built: the count it read and one more, then the lock-out.
        var trail = await db.Audit.ListForEntityAsync(UserAudit.EntityType, id);
        Assert.Contains(trail, e => (e.Action, e.Field, e.OldValue, e.NewValue) == (AuditActions.SignIn, nameof(User.FailedSignIns), "0", "1"));
        Assert.Contains(trail, e => e.Action == AuditActions.LockOut);
        Assert.Equal(3, trail.Count); // create, the failure, the lock-out: nothing from the refused writes
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_new_estate_is_written_with_the_entries_given_or_not_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var id = await db.Estates.CreateAsync(TestTree.NewEstate(tree.CommunityA1, "Given Court"), Given(EstateAudit.EntityType));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Estates.CreateAsync(TestTree.NewEstate(tree.CommunityA2, "Refused Court"), Unwritable(EstateAudit.EntityType)));

        await AssertWrittenAsync(db, EstateAudit.EntityType, id);
        Assert.Empty(await db.Nodes.ListByLevelAsync(tree.CommunityA2.Path, NodeLevel.Estate, includeRetired: true));
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_import_writes_each_added_estate_with_its_own_entries_or_nothing_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var ids = await db.Estates.ImportAsync(new EstateImport(
            [new(TestTree.NewEstate(tree.CommunityA1, "First Given"), Given(EstateAudit.EntityType)),
             new(TestTree.NewEstate(tree.CommunityA1, "Second Given"), Given(EstateAudit.EntityType))], []));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Estates.ImportAsync(new EstateImport(
            [new(TestTree.NewEstate(tree.CommunityA2, "Written First"), Given(EstateAudit.EntityType)),
             new(TestTree.NewEstate(tree.CommunityA2, "Refused Second"), Unwritable(EstateAudit.EntityType))], [])));

        foreach (var id in ids)
            await AssertWrittenAsync(db, EstateAudit.EntityType, id);
        Assert.Empty(await db.Nodes.ListByLevelAsync(tree.CommunityA2.Path, NodeLevel.Estate, includeRetired: true));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_new_return_is_written_with_the_entries_given_or_not_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var id = await db.Returns.CreateAsync(new WeeklyReturn { SubDistrictId = tree.SubDistrictA.Id, WeekEnding = Week }, Given(ReturnAudit.EntityType));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Returns.CreateAsync(new WeeklyReturn { SubDistrictId = tree.SubDistrictB.Id, WeekEnding = Week }, Unwritable(ReturnAudit.EntityType)));

        await AssertWrittenAsync(db, ReturnAudit.EntityType, id);
        Assert.Null(await db.Returns.GetAsync(tree.SubDistrictB.Id, Week));
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_overdue_mark_writes_the_creation_entries_only_when_it_creates_the_draft(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var at = new DateTime(2026, 11, 20, 9, 0, 1, DateTimeKind.Utc);
        var existing = await db.Returns.CreateAsync(new WeeklyReturn { SubDistrictId = tree.SubDistrictB.Id, WeekEnding = Week }, TestDatabase.Context());
        var mark = new OverdueMarking(at, Given(ReturnAudit.EntityType), ReturnAudit.Overdue(Week, TestDatabase.Context(at)).MarkAudit);

        Assert.True(await db.Returns.MarkOverdueAsync(tree.SubDistrictA.Id, Week, mark));
        Assert.True(await db.Returns.MarkOverdueAsync(tree.SubDistrictB.Id, Week, mark));

        var created = (await db.Returns.GetAsync(tree.SubDistrictA.Id, Week))!;
        var trail = (await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, created.Id)).OrderBy(e => e.Id).ToList();
        Assert.Equal(2, trail.Count);
        Assert.Equal(("built-in-core", AuditActions.MarkOverdue), (trail[0].NewValue, trail[1].Action));
        Assert.DoesNotContain(await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, existing), e => e.NewValue == "built-in-core");
        Assert.Contains(await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, existing), e => e.Action == AuditActions.MarkOverdue);
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_overdue_mark_whose_entries_cannot_be_written_creates_and_marks_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var existing = await db.Returns.CreateAsync(new WeeklyReturn { SubDistrictId = tree.SubDistrictB.Id, WeekEnding = Week }, TestDatabase.Context());
        var unwritable = new OverdueMarking(DateTime.UtcNow, Given(ReturnAudit.EntityType), Unwritable(ReturnAudit.EntityType));

        await Assert.ThrowsAnyAsync<Exception>(() => db.Returns.MarkOverdueAsync(tree.SubDistrictA.Id, Week, unwritable));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Returns.MarkOverdueAsync(tree.SubDistrictB.Id, Week, unwritable));

        Assert.Null(await db.Returns.GetAsync(tree.SubDistrictA.Id, Week));
        var summaries = await db.Returns.ListAsync(tree.SubDistrictB.Path, Week, Week);
        Assert.Null(Assert.Single(summaries).MarkedOverdueUtc);
        // The mark is still to be made: a retried job marks it.
        Assert.True(await db.Returns.MarkOverdueAsync(tree.SubDistrictB.Id, Week, TestDatabase.Context()));
        Assert.Equal(existing, Assert.Single(await db.Returns.ListAsync(tree.SubDistrictB.Path, Week, Week)).Id);
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_archived_briefing_is_written_with_the_entries_given_or_not_at_all(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        ArchivedBriefing Briefing(Node node) => new()
        {
            NodeId = node.Id, NodeName = node.Name, NodeLevel = node.Level, NodePath = node.Path, WeekEnding = Week,
            SnapshotId = "S-1", GeneratedUtc = DateTime.UtcNow, Pdf = [1, 2, 3],
        };
        var given = Briefing(tree.SubDistrictA);

        Assert.True(await db.Briefings.AddOnceAsync(given, Given(AuditEntities.BriefingArchive)));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Briefings.AddOnceAsync(Briefing(tree.SubDistrictB), Unwritable(AuditEntities.BriefingArchive)));

        await AssertWrittenAsync(db, AuditEntities.BriefingArchive, given.Id);
        Assert.Empty(await db.Briefings.ListAsync(tree.SubDistrictB.Path));
    }
}
