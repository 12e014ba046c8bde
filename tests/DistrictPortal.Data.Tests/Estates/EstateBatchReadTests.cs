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
}
