using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Briefings;

public sealed class BriefingArchiveTests
{
    private static readonly DateOnly Week = new(2026, 11, 20);

    private static ArchivedBriefing Briefing(Node node, DateOnly week, byte[]? pdf = null) => new()
    {
        NodeId = node.Id,
        NodeName = node.Name,
        WeekEnding = week,
        SnapshotId = $"S-{week:yyyy-MM-dd}-0042",
        GeneratedUtc = new DateTime(2026, 11, 21, 1, 0, 0, DateTimeKind.Utc),
        Pdf = pdf ?? [0x25, 0x50, 0x44, 0x46, 0x2D, 1, 2, 3],
    };

    [DatabaseTheory, DatabaseData]
    public async Task A_briefing_is_archived_once_per_node_and_week_and_read_back_byte_for_byte(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var first = Briefing(tree.SubDistrictA, Week);

        Assert.True(await db.Briefings.AddOnceAsync(first, TestDatabase.Context()));
        Assert.False(await db.Briefings.AddOnceAsync(Briefing(tree.SubDistrictA, Week, [9, 9, 9]), TestDatabase.Context()));

        var read = (await db.Briefings.GetByIdAsync(first.Id))!;
        Assert.Equal(first.Pdf, read.Pdf);
        Assert.Equal((tree.SubDistrictA.Id, tree.SubDistrictA.Name, NodeLevel.SubDistrict, tree.SubDistrictA.Path, Week, "S-2026-11-20-0042"),
            (read.NodeId, read.NodeName, read.NodeLevel, read.NodePath, read.WeekEnding, read.SnapshotId));
        Assert.Equal((first.GeneratedUtc, DateTimeKind.Utc, 8), (read.GeneratedUtc, read.GeneratedUtc.Kind, read.SizeBytes));
        Assert.Single(await db.Audit.ListForEntityAsync("BriefingArchive", first.Id));
        Assert.Null(await db.Briefings.GetByIdAsync(long.MaxValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task The_archive_lists_the_scope_only_newest_week_first_without_the_PDFs(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        await db.Briefings.AddOnceAsync(Briefing(tree.District, Week), TestDatabase.Context());
        await db.Briefings.AddOnceAsync(Briefing(tree.SubDistrictA, Week.AddDays(-7)), TestDatabase.Context());
        await db.Briefings.AddOnceAsync(Briefing(tree.SubDistrictA, Week), TestDatabase.Context());
        await db.Briefings.AddOnceAsync(Briefing(tree.SubDistrictB, Week), TestDatabase.Context());

        var district = await db.Briefings.ListAsync(tree.District.Path);
        var subA = await db.Briefings.ListAsync(tree.SubDistrictA.Path);

        Assert.Equal(4, district.Count);
        Assert.Equal((tree.District.Id, Week), (district[0].NodeId, district[0].WeekEnding)); // the district before its sub-districts
        Assert.Equal([Week, Week.AddDays(-7)], subA.Select(b => b.WeekEnding));
        Assert.All(subA, b => Assert.Equal(tree.SubDistrictA.Id, b.NodeId));
        Assert.All(district, b => Assert.Empty(b.Pdf));
        Assert.All(district, b => Assert.Equal(8, b.SizeBytes));
        Assert.Empty(await db.Briefings.ListAsync(""));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_week_whose_snapshot_changed_is_archived_again_and_provisional_is_kept(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var provisional = Briefing(tree.SubDistrictA, Week);
        provisional.SnapshotId = $"S-{Week:yyyy-MM-dd}-无";
        provisional.IsProvisional = true;
        var accepted = Briefing(tree.SubDistrictA, Week);

        Assert.True(await db.Briefings.AddOnceAsync(provisional, TestDatabase.Context()));
        Assert.True(await db.Briefings.AddOnceAsync(accepted, TestDatabase.Context()));
        Assert.False(await db.Briefings.AddOnceAsync(Briefing(tree.SubDistrictA, Week), TestDatabase.Context()));

        var listed = await db.Briefings.ListAsync(tree.SubDistrictA.Path);
        Assert.Equal([(provisional.Id, true), (accepted.Id, false)], listed.Select(b => (b.Id, b.IsProvisional)).OrderBy(b => b.Id));
        Assert.True((await db.Briefings.GetByIdAsync(provisional.Id))!.IsProvisional);
    }
}
