using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Estates;

/// <summary>The keyset read behind the streamed bulk export.</summary>
public sealed class EstateBatchReadTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Batches_after_a_path_cover_the_scope_once_in_path_order_without_retired_estates(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var added = new List<Estate>();
        foreach (var name in new[] { "E1", "E2", "E3", "E4", "E5" })
            added.Add(await TestTree.AddEstateAsync(db, name == "E3" ? tree.CommunityA2 : tree.CommunityA1, name));
        var retired = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Gone");
        var node = (await db.Nodes.GetByIdAsync(retired.Id))!;
        await db.Nodes.SetRetiredAsync(retired.Id, true, node.Version, TestDatabase.Context());
        await TestTree.AddEstateAsync(db, tree.CommunityB1, "Elsewhere");

        var read = new List<Estate>();
        string? after = null;
        for (var batch = await db.Estates.ListAfterPathAsync(tree.SubDistrictA.Path, after, 2); batch.Count > 0;
             batch = await db.Estates.ListAfterPathAsync(tree.SubDistrictA.Path, after, 2))
        {
            Assert.InRange(batch.Count, 1, 2);
            read.AddRange(batch);
            after = batch[^1].Path;
        }

        Assert.Equal(added.Select(e => e.Id).Order(), read.Select(e => e.Id).Order());
        Assert.Equal(read.Select(e => e.Path).Order(StringComparer.Ordinal), read.Select(e => e.Path));
        Assert.Equal("Community A2", read.Single(e => e.Name == "E3").CommunityName);
        Assert.Empty(await db.Estates.ListAfterPathAsync("", null, 10));
    }

    /// <summary>An export scoped to one estate: its path is the scope, and the estate is in it (SQL Server's LIKE always said so).</summary>
    [DatabaseTheory, DatabaseData]
    public async Task A_single_estate_scope_exports_that_estate(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Alone");
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Beside");

        var first = await db.Estates.ListAfterPathAsync(estate.Path, null, 10);

        Assert.Equal([estate.Id], first.Select(e => e.Id));
        Assert.Empty(await db.Estates.ListAfterPathAsync(estate.Path, first[^1].Path, 10));
    }
}
