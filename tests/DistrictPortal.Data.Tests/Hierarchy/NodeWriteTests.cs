using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Hierarchy;

public sealed class NodeWriteTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Sibling_names_are_unique_regardless_of_case(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();

        var duplicate = await Assert.ThrowsAsync<DuplicateNameException>(() =>
            db.Nodes.CreateAsync(tree.SubDistrictA.Id, NodeLevel.Community, "COMMUNITY a1", context));
        Assert.Equal(nameof(Node.Name), duplicate.Field);
        Assert.Equal(2, (await db.Nodes.GetChildrenAsync(tree.SubDistrictA.Id, includeRetired: true)).Count);

        // The same name under another parent is fine (TestTree already has "Community A1" only under A).
        var elsewhere = await db.Nodes.CreateAsync(tree.SubDistrictB.Id, NodeLevel.Community, "Community A1", context);
        Assert.Equal(tree.SubDistrictB.Id, elsewhere.ParentId);

        await Assert.ThrowsAsync<DuplicateNameException>(() =>
            db.Nodes.RenameAsync(tree.CommunityA2.Id, "Community A1", tree.CommunityA2.Version, context));
        Assert.Equal("Community A2", (await db.Nodes.GetByIdAsync(tree.CommunityA2.Id))!.Name);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Rename_bumps_the_version_and_audits_old_and_new_name(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        await db.Nodes.RenameAsync(tree.CommunityA1.Id, "Community Renamed", tree.CommunityA1.Version, TestDatabase.Context());

        var renamed = (await db.Nodes.GetByIdAsync(tree.CommunityA1.Id))!;
        Assert.Equal("Community Renamed", renamed.Name);
        Assert.NotEqual(tree.CommunityA1.Version, renamed.Version);
        var entry = (await db.Audit.ListForEntityAsync("Node", tree.CommunityA1.Id))[0];
        Assert.Equal((AuditActions.Update, "Name", "Community A1", "Community Renamed"),
            (entry.Action, entry.Field, entry.OldValue, entry.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Rename_with_a_stale_version_conflicts_and_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var stale = tree.CommunityA1.Version;
        await db.Nodes.RenameAsync(tree.CommunityA1.Id, "First Edit", stale, TestDatabase.Context());
        var auditBefore = (await db.Audit.ListForEntityAsync("Node", tree.CommunityA1.Id)).Count;

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Nodes.RenameAsync(tree.CommunityA1.Id, "Second Edit", stale, TestDatabase.Context()));

        Assert.Equal(tree.CommunityA1.Id, conflict.Id);
        Assert.Equal("First Edit", (await db.Nodes.GetByIdAsync(tree.CommunityA1.Id))!.Name);
        Assert.Equal(auditBefore, (await db.Audit.ListForEntityAsync("Node", tree.CommunityA1.Id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Move_rewrites_the_paths_of_the_whole_subtree(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, TestDatabase.Unique("Moving Estate"));

        await db.Nodes.MoveAsync(tree.CommunityA1.Id, tree.SubDistrictB.Id, tree.CommunityA1.Version, TestDatabase.Context());

        var moved = (await db.Nodes.GetByIdAsync(tree.CommunityA1.Id))!;
        Assert.Equal(tree.SubDistrictB.Id, moved.ParentId);
        Assert.Equal($"{tree.SubDistrictB.Path}{moved.Id}/", moved.Path);
        Assert.NotEqual(tree.CommunityA1.Version, moved.Version);
        var movedEstate = (await db.Estates.GetByIdAsync(estate.Id))!;
        Assert.Equal($"{moved.Path}{estate.Id}/", movedEstate.Path);
        Assert.Equal(tree.SubDistrictB.Id, movedEstate.SubDistrictId);
        Assert.Equal([tree.CommunityA2.Id], (await db.Nodes.ListByLevelAsync(tree.SubDistrictA.Path, NodeLevel.Community)).Select(n => n.Id));
        Assert.Contains(await db.Nodes.ListByLevelAsync(tree.SubDistrictB.Path, NodeLevel.Estate), n => n.Id == estate.Id);
        Assert.Equal(AuditActions.Move, (await db.Audit.ListForEntityAsync("Node", moved.Id))[0].Action);
    }

    /// <summary>
    /// One behaviour on both databases: a move rewrites every descendant's path, and SQL Server's ROWVERSION moves
    /// with any update of the row, so each descendant's version moves too (a form open on one of them showed the
    /// old place); nodes outside the subtree keep theirs.
    /// </summary>
    [DatabaseTheory, DatabaseData]
    public async Task Move_moves_the_version_of_every_descendant_and_of_nothing_else(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, TestDatabase.Unique("Moving Estate"));
        var outside = await TestTree.AddEstateAsync(db, tree.CommunityA2, TestDatabase.Unique("Staying Estate"));
        var before = (await db.Nodes.GetByIdAsync(estate.Id))!.Version;
        var outsideBefore = (await db.Nodes.GetByIdAsync(outside.Id))!.Version;

        await db.Nodes.MoveAsync(tree.CommunityA1.Id, tree.SubDistrictB.Id, tree.CommunityA1.Version, TestDatabase.Context());

        Assert.NotEqual(before, (await db.Nodes.GetByIdAsync(estate.Id))!.Version);
        Assert.Equal(outsideBefore, (await db.Nodes.GetByIdAsync(outside.Id))!.Version);
        Assert.Equal(tree.SubDistrictB.Version, (await db.Nodes.GetByIdAsync(tree.SubDistrictB.Id))!.Version);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Move_refuses_a_parent_of_the_wrong_level_retired_or_inside_the_node(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var service = new HierarchyService(db.Nodes);
        var retired = await db.Nodes.CreateAsync(tree.District.Id, NodeLevel.SubDistrict, TestDatabase.Unique("Retired"), context);
        await db.Nodes.SetRetiredAsync(retired.Id, true, retired.Version, context);

        async Task<string> Refused(Node node, long parentId) =>
            Assert.Single((await service.MoveAsync(node.Id, parentId, node.Version, context)).Errors).ToKey();
        Assert.Equal("ParentId:WrongParentLevel", await Refused(tree.CommunityA1, tree.District.Id));
        Assert.Equal("ParentId:WrongParentLevel", await Refused(tree.CommunityA1, tree.CommunityB1.Id));
        Assert.Equal("ParentId:UnderItself", await Refused(tree.SubDistrictA, tree.CommunityA1.Id));
        Assert.Equal("ParentId:ParentRetired", await Refused(tree.CommunityA1, retired.Id));
        Assert.Equal("ParentId:NotFound", await Refused(tree.CommunityA1, long.MaxValue));

        // What the stored tree itself must refuse, whoever calls: a parent that does not exist (the foreign key's).
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Nodes.MoveAsync(tree.CommunityA1.Id, long.MaxValue, tree.CommunityA1.Version, context));

        var unchanged = (await db.Nodes.GetByIdAsync(tree.CommunityA1.Id))!;
        Assert.Equal((tree.SubDistrictA.Id, tree.CommunityA1.Path, tree.CommunityA1.Version),
            (unchanged.ParentId!.Value, unchanged.Path, unchanged.Version));
        Assert.Equal(tree.SubDistrictA.Path, (await db.Nodes.GetByIdAsync(tree.SubDistrictA.Id))!.Path);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Move_with_a_stale_version_conflicts_and_moves_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        await db.Nodes.RenameAsync(tree.CommunityA1.Id, "Renamed First", tree.CommunityA1.Version, TestDatabase.Context());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Nodes.MoveAsync(tree.CommunityA1.Id, tree.SubDistrictB.Id, tree.CommunityA1.Version, TestDatabase.Context()));

        Assert.Equal(tree.CommunityA1.Path, (await db.Nodes.GetByIdAsync(tree.CommunityA1.Id))!.Path);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Retire_and_reinstate_are_version_checked_and_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();

        await db.Nodes.SetRetiredAsync(tree.CommunityA2.Id, true, tree.CommunityA2.Version, context);
        var retired = (await db.Nodes.GetByIdAsync(tree.CommunityA2.Id))!;
        Assert.True(retired.IsRetired);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Nodes.SetRetiredAsync(tree.CommunityA2.Id, false, tree.CommunityA2.Version, context));
        Assert.True((await db.Nodes.GetByIdAsync(tree.CommunityA2.Id))!.IsRetired);

        await db.Nodes.SetRetiredAsync(tree.CommunityA2.Id, false, retired.Version, context);

        Assert.False((await db.Nodes.GetByIdAsync(tree.CommunityA2.Id))!.IsRetired);
        var actions = (await db.Audit.ListForEntityAsync("Node", tree.CommunityA2.Id)).Select(e => e.Action).ToList();
        Assert.Equal([AuditActions.Reinstate, AuditActions.Retire, AuditActions.Create], actions);
    }

    [DatabaseTheory, DatabaseData]
    public async Task History_is_children_estates_users_or_audit_beyond_creation(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var fresh = await db.Nodes.CreateAsync(tree.SubDistrictB.Id, NodeLevel.Community, "Fresh", context);
        var renamed = await db.Nodes.CreateAsync(tree.SubDistrictB.Id, NodeLevel.Community, "To Rename", context);
        await db.Nodes.RenameAsync(renamed.Id, "Was Renamed", renamed.Version, context);
        var scoped = await db.Nodes.CreateAsync(tree.SubDistrictB.Id, NodeLevel.Community, "Has User", context);
        await db.Users.CreateAsync(TestTree.NewUser(scoped.Id), context);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityB1, "An Estate");

        Assert.False(await db.Nodes.HasHistoryAsync(fresh.Id));
        Assert.True(await db.Nodes.HasHistoryAsync(tree.SubDistrictB.Id));
        Assert.True(await db.Nodes.HasHistoryAsync(renamed.Id));
        Assert.True(await db.Nodes.HasHistoryAsync(scoped.Id));
        Assert.True(await db.Nodes.HasHistoryAsync(estate.Id));
        Assert.True(await db.Nodes.HasHistoryAsync(tree.CommunityB1.Id));
    }

    [DatabaseTheory, DatabaseData]
    public async Task DeleteIfUnused_deletes_a_fresh_node_and_keeps_one_with_history(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var mistake = await db.Nodes.CreateAsync(tree.SubDistrictA.Id, NodeLevel.Community, "Typo Communty", context);

        Assert.True(await db.Nodes.DeleteIfUnusedAsync(mistake.Id, context));
        Assert.False(await db.Nodes.DeleteIfUnusedAsync(tree.SubDistrictA.Id, context));
        Assert.False(await db.Nodes.DeleteIfUnusedAsync(mistake.Id, context));

        Assert.Null(await db.Nodes.GetByIdAsync(mistake.Id));
        Assert.NotNull(await db.Nodes.GetByIdAsync(tree.SubDistrictA.Id));
        Assert.Equal(2, (await db.Nodes.GetChildrenAsync(tree.SubDistrictA.Id, includeRetired: true)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Retiring_an_estate_node_retires_the_estate(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Retiring Estate");
        var node = (await db.Nodes.GetByIdAsync(estate.Id))!;

        await db.Nodes.SetRetiredAsync(estate.Id, true, node.Version, TestDatabase.Context());

        Assert.True((await db.Estates.GetByIdAsync(estate.Id))!.IsRetired);
        Assert.Equal(AuditActions.Retire, (await db.Audit.ListForEntityAsync("Node", estate.Id))[0].Action);
    }

    /// <summary>
    /// Area targets, retrofit programmes and archived briefings point at nodes too: such a node has history and is
    /// kept, where the old check let the delete reach the foreign key (SQL Server 547, SQLite a raw error, a 500).
    /// </summary>
    [DatabaseTheory, DatabaseData]
    public async Task Targets_programmes_and_briefings_are_history_that_keeps_a_node(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        async Task<Node> Fresh(string name) => await db.Nodes.CreateAsync(tree.SubDistrictB.Id, NodeLevel.Community, TestDatabase.Unique(name), context);
        var programmed = await Fresh("Programmed");
        var targeted = await Fresh("Targeted");
        var briefed = await Fresh("Briefed");
        var untouched = await Fresh("Untouched");
        var retrofit = new Core.Retrofit.RetrofitService(db.Retrofit, db.Nodes, db.Committees);
        var programmeId = (await retrofit.CreateProgrammeAsync(
            new Core.Retrofit.RetrofitProgramme { NodeId = programmed.Id, Name = TestDatabase.Unique("P8"), FirstYear = 2026, LastYear = 2027 }, context)).Value;
        await retrofit.SetTargetAsync(
            new Core.Retrofit.AreaTarget { ProgrammeId = programmeId, NodeId = targeted.Id, Year = 2026, TargetArea = 100m }, context);
        await db.Briefings.AddOnceAsync(new Core.Briefings.ArchivedBriefing
        {
            NodeId = briefed.Id, NodeName = briefed.Name, WeekEnding = new DateOnly(2026, 11, 27), SnapshotId = "S-1",
            GeneratedUtc = DateTime.UtcNow, Pdf = [0x25, 0x50, 0x44, 0x46],
        }, context);

        Assert.Equal(
            (true, true, true, false),
            ((await db.Nodes.ReadReferencesAsync(programmed.Id)).HasRetrofitProgrammes, (await db.Nodes.ReadReferencesAsync(targeted.Id)).HasAreaTargets,
                (await db.Nodes.ReadReferencesAsync(briefed.Id)).HasBriefings, await db.Nodes.HasHistoryAsync(untouched.Id)));
        foreach (var kept in new[] { programmed, targeted, briefed })
        {
            Assert.True(await db.Nodes.HasHistoryAsync(kept.Id));
            Assert.False(await db.Nodes.DeleteIfUnusedAsync(kept.Id, context));
            Assert.NotNull(await db.Nodes.GetByIdAsync(kept.Id));
        }
        Assert.True(await db.Nodes.DeleteIfUnusedAsync(untouched.Id, context));
    }
}
