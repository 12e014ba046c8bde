using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Estates;

public sealed class EstateSearchTests
{
    [DatabaseTheory, DatabaseData]
    public async Task A_search_never_leaves_its_scope(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var a1 = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Same Name");
        var a2 = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Same Name");
        var b1 = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Same Name");

        Assert.Equal([a1.Id, a2.Id], await Ids(db, new EstateQuery { ScopePath = tree.SubDistrictA.Path }));
        Assert.Equal([b1.Id], await Ids(db, new EstateQuery { ScopePath = tree.SubDistrictB.Path }));
        Assert.Equal([a2.Id], await Ids(db, new EstateQuery { ScopePath = tree.CommunityA2.Path }));
        Assert.Equal([b1.Id], await Ids(db, new EstateQuery { ScopePath = b1.Path }));
        Assert.Equal(3, (await db.Estates.SearchAsync(new EstateQuery { ScopePath = tree.District.Path })).TotalCount);
        // A scope that names no node matches nothing rather than everything.
        Assert.Empty(await Ids(db, new EstateQuery { ScopePath = "" }));
        // A community filter cannot reach out of the scope either.
        Assert.Empty(await Ids(db, new EstateQuery { ScopePath = tree.SubDistrictA.Path, CommunityId = tree.CommunityB1.Id }));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Each_filter_narrows_the_result(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var one = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Class One", e => (e.Class, e.Status, e.Mode) = (EstateClass.One, ManagementStatus.Professional, ManagementMode.PropertyEnterprise));
        var three = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Class Three", e => e.Class = EstateClass.Three);
        var complete = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Six Haves", e => e.SixHaves = SixHaves.All);
        var retired = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Retired");
        await db.Nodes.SetRetiredAsync(retired.Id, true, (await db.Nodes.GetByIdAsync(retired.Id))!.Version, TestDatabase.Context());
        var scope = tree.SubDistrictA.Path;

        Assert.Equal([one.Id, three.Id, complete.Id], await Ids(db, new EstateQuery { ScopePath = scope }));
        Assert.Equal([one.Id, three.Id, retired.Id, complete.Id], await Ids(db, new EstateQuery { ScopePath = scope, IncludeRetired = true }));
        Assert.Equal([three.Id], await Ids(db, new EstateQuery { ScopePath = scope, Class = EstateClass.Three }));
        Assert.Equal([one.Id], await Ids(db, new EstateQuery { ScopePath = scope, Status = ManagementStatus.Professional }));
        Assert.Equal([three.Id, complete.Id], await Ids(db, new EstateQuery { ScopePath = scope, Status = ManagementStatus.Unmanaged }));
        Assert.Equal([one.Id, three.Id], await Ids(db, new EstateQuery { ScopePath = scope, CommunityId = tree.CommunityA1.Id }));
        Assert.Equal([complete.Id], await Ids(db, new EstateQuery { ScopePath = scope, SixHavesComplete = true }));
        Assert.Equal([one.Id, three.Id], await Ids(db, new EstateQuery { ScopePath = scope, SixHavesComplete = false }));
        Assert.Empty(await Ids(db, new EstateQuery { ScopePath = scope, Class = EstateClass.One, Status = ManagementStatus.Unmanaged }));
    }

    [DatabaseTheory, DatabaseData]
    public async Task The_status_filter_leaves_out_the_modes_shown_instead_so_it_agrees_with_the_status_column(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var unit = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Work Unit", e => (e.Status, e.Mode) = (ManagementStatus.UnitSelfManaged, ManagementMode.None));
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Committee", e => (e.Status, e.Mode, e.SixHaves) = (ManagementStatus.UnitSelfManaged, ManagementMode.CommitteeSelfManaged, SixHaves.All));
        await TestTree.AddEstateAsync(db, tree.CommunityA2, "Trustee", e => (e.Status, e.Mode, e.SixHaves) = (ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, SixHaves.All));
        var query = new EstateQuery
        {
            ScopePath = tree.SubDistrictA.Path, Status = ManagementStatus.UnitSelfManaged,
            ExceptModes = ShownStatus.ModesShownInstead(ManagementStatus.UnitSelfManaged),
        };

        Assert.Equal([unit.Id], await Ids(db, query));
        Assert.Equal(1, (await db.Estates.SearchAsync(query)).TotalCount);
        Assert.Equal(1, (await db.Estates.SubtotalsByCommunityAsync(query)).Sum(s => s.Total));
        Assert.Equal(3, (await db.Estates.SearchAsync(query with { ExceptModes = [] })).TotalCount);

        // The mode choices (Core's StatusChoice) are the same filter with every other mode left out.
        foreach (var (choice, name) in new[] { (StatusChoice.CommitteeSelfManaged, "Committee"), (StatusChoice.CommunityTrusteeship, "Trustee") })
        {
            var (status, except) = ShownStatus.Filter(choice);
            var chosen = query with { Status = status, ExceptModes = except };
            Assert.Equal([name], (await db.Estates.SearchAsync(chosen)).Items.Select(e => e.Name));
            Assert.Equal(1, (await db.Estates.SubtotalsByCommunityAsync(chosen)).Sum(s => s.Total));
        }
    }

    [DatabaseTheory, DatabaseData]
    public async Task Text_matches_name_or_address_and_takes_wildcards_literally(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var byName = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Garden Court", e => e.Address = "1 Plain Street");
        var byAddress = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Hill View", e => e.Address = "9 Garden Lane");
        var percent = await TestTree.AddEstateAsync(db, tree.CommunityA1, "100% Homes", e => e.Address = null);
        var underscore = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Block_7", e => e.Address = "x");
        // A decoy that an unescaped pattern would match twice over: "1000" for "100%", "k-7" for "k_7".
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Block-7 1000 Homes", e => e.Address = "y");
        var scope = tree.SubDistrictA.Path;

        Assert.Equal([byName.Id, byAddress.Id], await Ids(db, new EstateQuery { ScopePath = scope, Text = "garden" }));
        Assert.Equal([byAddress.Id], await Ids(db, new EstateQuery { ScopePath = scope, Text = " Lane " }));
        Assert.Equal([percent.Id], await Ids(db, new EstateQuery { ScopePath = scope, Text = "100%" }));
        Assert.Equal([underscore.Id], await Ids(db, new EstateQuery { ScopePath = scope, Text = "k_7" }));
        Assert.Equal(5, (await db.Estates.SearchAsync(new EstateQuery { ScopePath = scope, Text = "  " })).TotalCount);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Sorting_goes_both_ways_with_ties_broken_by_id(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var small = await TestTree.AddEstateAsync(db, tree.CommunityB2, "Estate C", e => (e.Households, e.FloorArea, e.YearBuilt) = (50, 9.5m, null));
        var tieFirst = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Estate A", e => (e.Households, e.FloorArea, e.YearBuilt) = (200, 10.25m, 1990));
        var tieSecond = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Estate B", e => (e.Households, e.FloorArea, e.YearBuilt) = (200, 100m, 1980));
        var scope = tree.SubDistrictB.Path;

        Assert.Equal([small.Id, tieFirst.Id, tieSecond.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Households }));
        Assert.Equal([tieSecond.Id, tieFirst.Id, small.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Households, Descending = true }));
        Assert.Equal([tieFirst.Id, tieSecond.Id, small.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Name }));
        Assert.Equal([small.Id, tieSecond.Id, tieFirst.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Name, Descending = true }));
        // Numerically, not as text: 9.5 < 10.25 < 100.
        Assert.Equal([small.Id, tieFirst.Id, tieSecond.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.FloorArea }));
        Assert.Equal([tieSecond.Id, tieFirst.Id, small.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.FloorArea, Descending = true }));
        Assert.Equal([tieFirst.Id, tieSecond.Id, small.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Community }));
        // An unknown year sorts first going up, as both databases put NULL first.
        Assert.Equal([small.Id, tieSecond.Id, tieFirst.Id], await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.YearBuilt }));
        Assert.Equal(3, (await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Class })).Count);
        Assert.Equal(3, (await Ids(db, new EstateQuery { ScopePath = scope, Sort = EstateSort.Status, Descending = true })).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Pages_carry_the_total_and_together_cover_every_match(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var expected = new List<long>();
        for (var i = 1; i <= 7; i++)
        {
            expected.Add((await TestTree.AddEstateAsync(db, tree.CommunityA1, $"Paged {i:00}")).Id);
        }
        var query = new EstateQuery { ScopePath = tree.SubDistrictA.Path, PageSize = 3 };

        var first = await db.Estates.SearchAsync(query with { Page = 1 });
        var second = await db.Estates.SearchAsync(query with { Page = 2 });
        var last = await db.Estates.SearchAsync(query with { Page = 3 });
        var beyond = await db.Estates.SearchAsync(query with { Page = 4 });

        Assert.Equal((7, 3, 3, 1, 3), (first.TotalCount, first.PageCount, first.Items.Count, first.Page, first.PageSize));
        Assert.Equal((7, 1, false), (last.TotalCount, last.Items.Count, last.HasNext));
        Assert.Equal(expected, first.Items.Concat(second.Items).Concat(last.Items).Select(e => e.Id));
        Assert.Equal((7, 0), (beyond.TotalCount, beyond.Items.Count));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Subtotals_count_each_community_by_class_under_the_same_filters(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        EstateClass[] a1Classes = [EstateClass.One, EstateClass.Two, EstateClass.Two, EstateClass.Three, EstateClass.Unclassified];
        for (var i = 0; i < a1Classes.Length; i++)
        {
            var estateClass = a1Classes[i];
            await TestTree.AddEstateAsync(db, tree.CommunityA1, $"A1 {i}", e => e.Class = estateClass);
        }
        await TestTree.AddEstateAsync(db, tree.CommunityA2, "A2 0", e => (e.Class, e.Status) = (EstateClass.Three, ManagementStatus.Professional));
        await TestTree.AddEstateAsync(db, tree.CommunityB1, "B1 0", e => e.Class = EstateClass.One);

        var rows = await db.Estates.SubtotalsByCommunityAsync(new EstateQuery { ScopePath = tree.SubDistrictA.Path, Page = 2, PageSize = 1 });
        var unmanaged = await db.Estates.SubtotalsByCommunityAsync(new EstateQuery { ScopePath = tree.SubDistrictA.Path, Status = ManagementStatus.Unmanaged });

        Assert.Equal(
            [(tree.CommunityA1.Id, "Community A1", 5, 1, 2, 1, 1), (tree.CommunityA2.Id, "Community A2", 1, 0, 0, 1, 0)],
            rows.Select(r => (r.CommunityId, r.CommunityName, r.Total, r.ClassOne, r.ClassTwo, r.ClassThree, r.Unclassified)));
        Assert.Equal([(tree.CommunityA1.Id, 5)], unmanaged.Select(r => (r.CommunityId, r.Total)));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Streaming_reads_every_match_of_the_search_in_its_order_without_pages(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var community = new[] { tree.CommunityA1, tree.CommunityA2, tree.CommunityB1 };
        for (var i = 0; i < 9; i++)
            await TestTree.AddEstateAsync(db, community[i % 3], $"Estate {(char)('I' - i)}", e => (e.Households, e.Class) = (100 + i % 4, (EstateClass)(i % 4)));
        var retired = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Retired");
        await db.Nodes.SetRetiredAsync(retired.Id, true, (await db.Nodes.GetByIdAsync(retired.Id))!.Version, TestDatabase.Context());

        foreach (var query in new[]
        {
            new EstateQuery { ScopePath = tree.District.Path },
            new EstateQuery { ScopePath = tree.District.Path, Sort = EstateSort.Households, Descending = true },
            new EstateQuery { ScopePath = tree.District.Path, Sort = EstateSort.Community, IncludeRetired = true },
            new EstateQuery { ScopePath = tree.SubDistrictA.Path, Class = EstateClass.One },
            new EstateQuery { ScopePath = tree.SubDistrictB.Path, Text = "estate" },
        })
        {
            var paged = new List<long>();
            for (var page = 1; ; page++)
            {
                var result = await db.Estates.SearchAsync(query with { Page = page, PageSize = 2 });
                paged.AddRange(result.Items.Select(e => e.Id));
                if (!result.HasNext)
                    break;
            }
            var streamed = new List<Estate>();
            await foreach (var estate in db.Estates.StreamAsync(query with { Page = 3, PageSize = 2 }))
                streamed.Add(estate);

            Assert.Equal(paged, streamed.Select(e => e.Id));
            Assert.All(streamed, e => Assert.False(string.IsNullOrEmpty(e.CommunityName)));
        }
    }

    private static async Task<List<long>> Ids(TestDatabase db, EstateQuery query) =>
        (await db.Estates.SearchAsync(query)).Items.Select(e => e.Id).ToList();
}
