using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Estates;

/// <summary>
/// The registry list above one sub-district: per-sub-district subtotals, and pages read in sort-key order (SQLite
/// walks the key's index over a district or the city instead of seeking the path) that must match the narrow plan.
/// </summary>
public sealed class RegistryScaleTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Sub_district_subtotals_count_by_class_under_the_filters_and_add_up_to_the_total(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        EstateClass[] aClasses = [EstateClass.One, EstateClass.Two, EstateClass.Three, EstateClass.Unclassified];
        for (var i = 0; i < aClasses.Length; i++)
        {
            var estateClass = aClasses[i];
            // Spread over both of A's communities: the row is the sub-district's, not a community's.
            await TestTree.AddEstateAsync(db, i % 2 == 0 ? tree.CommunityA1 : tree.CommunityA2, $"A {i}", e => e.Class = estateClass);
        }
        await TestTree.AddEstateAsync(db, tree.CommunityB1, "B 0", e => (e.Class, e.Status) = (EstateClass.Three, ManagementStatus.Professional));
        await TestTree.AddEstateAsync(db, tree.CommunityB2, "B 1", e => e.Class = EstateClass.Three);
        var district = new EstateQuery { ScopePath = tree.District.Path };

        var rows = await db.Estates.SubtotalsBySubDistrictAsync(district with { Page = 3, PageSize = 1 });
        var unmanaged = await db.Estates.SubtotalsBySubDistrictAsync(district with { Status = ManagementStatus.Unmanaged, Class = EstateClass.Three });
        var total = (await db.Estates.SearchAsync(district)).TotalCount;

        Assert.Equal(
            [(tree.SubDistrictA.Id, tree.SubDistrictA.Name, 4, 1, 1, 1, 1), (tree.SubDistrictB.Id, tree.SubDistrictB.Name, 2, 0, 0, 2, 0)],
            rows.Select(r => (r.SubDistrictId, r.SubDistrictName, r.Total, r.ClassOne, r.ClassTwo, r.ClassThree, r.Unclassified)));
        Assert.Equal(total, rows.Sum(r => r.Total));
        Assert.Equal([(tree.SubDistrictA.Id, 1), (tree.SubDistrictB.Id, 1)], unmanaged.Select(r => (r.SubDistrictId, r.Total)));
        Assert.Empty(await db.Estates.SubtotalsBySubDistrictAsync(district with { ScopePath = "" }));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Every_sort_over_a_district_pages_in_the_same_order_as_over_its_sub_districts(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        // Ties on every key, names differing only in case, and a retired estate that must stay out.
        (string Name, int Households, decimal Area, int? Year, EstateClass Class)[] facts =
        [
            ("beta", 200, 10.25m, 1990, EstateClass.Two), ("Alpha", 50, 9.5m, null, EstateClass.Three),
            ("ALPHA 2", 200, 100m, 1980, EstateClass.Two), ("gamma", 80, 9.5m, 1990, EstateClass.One),
            ("Delta", 50, 12m, 2001, EstateClass.Three),
        ];
        var communities = new[] { tree.CommunityA1, tree.CommunityB1, tree.CommunityA2, tree.CommunityB2, tree.CommunityA1 };
        var estates = new List<Estate>();
        for (var i = 0; i < facts.Length; i++)
        {
            var f = facts[i];
            estates.Add(await TestTree.AddEstateAsync(db, communities[i], f.Name,
                e => (e.Households, e.FloorArea, e.YearBuilt, e.Class) = (f.Households, f.Area, f.Year, f.Class)));
        }
        var retired = await TestTree.AddEstateAsync(db, tree.CommunityB2, "aardvark");
        await db.Nodes.SetRetiredAsync(retired.Id, true, (await db.Nodes.GetByIdAsync(retired.Id))!.Version, TestDatabase.Context());

        foreach (var sort in Enum.GetValues<EstateSort>())
        {
            foreach (var descending in new[] { false, true })
            {
                var query = new EstateQuery { ScopePath = tree.District.Path, Sort = sort, Descending = descending, PageSize = 2 };
                var paged = new List<long>();
                for (var page = 1; page <= 3; page++)
                {
                    var result = await db.Estates.SearchAsync(query with { Page = page });
                    Assert.Equal(5, result.TotalCount);
                    paged.AddRange(result.Items.Select(e => e.Id));
                }
                var expected = Expected(estates, sort, descending);
                Assert.True(expected.SequenceEqual(paged), $"{sort} {(descending ? "desc" : "asc")}: expected {string.Join(",", expected)}, got {string.Join(",", paged)}");
            }
        }
    }

    /// <summary>The order both databases promise: the key (names case-insensitively, unknown years first), then id.</summary>
    private static List<long> Expected(List<Estate> estates, EstateSort sort, bool descending)
    {
        Func<Estate, IComparable?> key = sort switch
        {
            EstateSort.Name => e => e.Name.ToUpperInvariant(),
            EstateSort.Community => e => e.CommunityName.ToUpperInvariant(),
            EstateSort.Class => e => (int)e.Class,
            EstateSort.Status => e => (int)e.Status,
            EstateSort.YearBuilt => e => e.YearBuilt ?? int.MinValue,
            EstateSort.Households => e => e.Households,
            EstateSort.FloorArea => e => e.FloorArea,
            _ => throw new ArgumentOutOfRangeException(nameof(sort)),
        };
        var ordered = descending
            ? estates.OrderByDescending(key).ThenByDescending(e => e.Id)
            : estates.OrderBy(key).ThenBy(e => e.Id);
        return ordered.Select(e => e.Id).ToList();
    }
}
