using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Hierarchy;

public sealed class NodeReadTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Create_gives_each_node_its_parents_path_plus_its_own_id(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        Assert.Equal($"/{tree.City.Id}/", tree.City.Path);
        Assert.Equal($"{tree.SubDistrictA.Path}{tree.CommunityA1.Id}/", tree.CommunityA1.Path);
        var stored = await db.Nodes.GetByIdAsync(tree.CommunityA1.Id);
        Assert.NotNull(stored);
        Assert.Equal(tree.CommunityA1.Path, stored.Path);
        Assert.Equal(tree.SubDistrictA.Id, stored.ParentId);
        Assert.Equal(NodeLevel.Community, stored.Level);
        Assert.Equal("Community A1", stored.Name);
        Assert.False(stored.IsRetired);
        Assert.Equal(tree.CommunityA1.Version, stored.Version);
    }

    [DatabaseTheory, DatabaseData]
    public async Task GetById_of_a_missing_node_is_null(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        Assert.Null(await db.Nodes.GetByIdAsync(long.MaxValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Create_refuses_a_level_that_does_not_fit_the_parent(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var service = new HierarchyService(db.Nodes);

        async Task<string> Refused(long? parentId, NodeLevel level, string name) =>
            Assert.Single((await service.CreateAsync(parentId, level, name, context)).Errors).ToKey();
        Assert.Equal("ParentId:WrongParentLevel", await Refused(tree.District.Id, NodeLevel.Community, TestDatabase.Unique("Skips a level")));
        Assert.Equal("ParentId:Required", await Refused(null, NodeLevel.District, TestDatabase.Unique("Orphan")));
        Assert.Equal("ParentId:NotFound", await Refused(long.MaxValue, NodeLevel.District, TestDatabase.Unique("No parent")));
        Assert.Equal("Name:Required", await Refused(tree.District.Id, NodeLevel.SubDistrict, "  "));
        // A parent that does not exist is the database's to refuse too, whoever calls.
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Nodes.CreateAsync(long.MaxValue, NodeLevel.District, TestDatabase.Unique("No parent"), context));
        Assert.Equal(2, (await db.Nodes.GetChildrenAsync(tree.District.Id)).Count);

        var created = await service.CreateAsync(tree.District.Id, NodeLevel.SubDistrict, "  " + TestDatabase.Unique("Fits") + " ", context);
        Assert.True(created.Succeeded);
        Assert.Equal(created.Value!.Name.Trim(), created.Value.Name);
        var entry = Assert.Single(await db.Audit.ListForEntityAsync(AuditEntities.Node, created.Value.Id));
        Assert.Equal((AuditActions.Create, created.Value.Name), (entry.Action, entry.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Roots_include_a_new_city_and_no_lower_level(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var roots = await db.Nodes.GetRootsAsync();

        Assert.Contains(roots, n => n.Id == tree.City.Id);
        Assert.All(roots, n => Assert.Equal(NodeLevel.City, n.Level));
        Assert.DoesNotContain(roots, n => n.Id == tree.District.Id);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Lineage_lists_the_ancestors_root_first(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var lineage = await db.Nodes.GetLineageAsync(tree.CommunityB2.Id);

        Assert.Equal(
            [tree.City.Id, tree.District.Id, tree.SubDistrictB.Id, tree.CommunityB2.Id],
            lineage.Select(n => n.Id));
        Assert.Empty(await db.Nodes.GetLineageAsync(long.MaxValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Children_are_ordered_by_name_and_retired_ones_only_when_asked(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var zeta = await db.Nodes.CreateAsync(tree.SubDistrictA.Id, NodeLevel.Community, "Community Zeta", context);
        var beta = await db.Nodes.CreateAsync(tree.SubDistrictA.Id, NodeLevel.Community, "Community Beta", context);
        await db.Nodes.SetRetiredAsync(zeta.Id, true, zeta.Version, context);

        var active = await db.Nodes.GetChildrenAsync(tree.SubDistrictA.Id);
        var all = await db.Nodes.GetChildrenAsync(tree.SubDistrictA.Id, includeRetired: true);

        Assert.Equal(["Community A1", "Community A2", "Community Beta"], active.Select(n => n.Name));
        Assert.Equal(["Community A1", "Community A2", "Community Beta", "Community Zeta"], all.Select(n => n.Name));
        Assert.True(all.Single(n => n.Id == zeta.Id).IsRetired);
        Assert.Contains(all, n => n.Id == beta.Id);
    }

    [DatabaseTheory, DatabaseData]
    public async Task ListByLevel_returns_only_nodes_under_the_scope(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        var underA = await db.Nodes.ListByLevelAsync(tree.SubDistrictA.Path, NodeLevel.Community);
        var underDistrict = await db.Nodes.ListByLevelAsync(tree.District.Path, NodeLevel.Community);
        var scopeItself = await db.Nodes.ListByLevelAsync(tree.SubDistrictA.Path, NodeLevel.SubDistrict);

        Assert.Equal([tree.CommunityA1.Id, tree.CommunityA2.Id], underA.Select(n => n.Id));
        Assert.Equal(4, underDistrict.Count);
        Assert.Equal([tree.SubDistrictA.Id], scopeItself.Select(n => n.Id));
        Assert.Empty(await db.Nodes.ListByLevelAsync("", NodeLevel.Community));
    }

    [DatabaseTheory, DatabaseData]
    public async Task ListByLevel_leaves_out_retired_nodes_unless_asked(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        await db.Nodes.SetRetiredAsync(tree.CommunityB1.Id, true, tree.CommunityB1.Version, TestDatabase.Context());

        var active = await db.Nodes.ListByLevelAsync(tree.SubDistrictB.Path, NodeLevel.Community);
        var all = await db.Nodes.ListByLevelAsync(tree.SubDistrictB.Path, NodeLevel.Community, includeRetired: true);

        Assert.Equal([tree.CommunityB2.Id], active.Select(n => n.Id));
        Assert.Equal(2, all.Count);
    }
}
