using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Retrofit;

public sealed class RetrofitRepositoryTests
{
    private static RetrofitProject Project(long estateId, string name, Action<RetrofitProject>? change = null)
    {
        var project = new RetrofitProject
        {
            EstateId = estateId,
            Name = name,
            WorkItems = RetrofitWorkItems.Enclosure | RetrofitWorkItems.DoorsAndCctv,
            Area = 12345.67m,
            Status = RetrofitStatus.InWorks,
            StartedDate = new DateOnly(2026, 3, 1),
        };
        change?.Invoke(project);
        return project;
    }

    [DatabaseTheory, DatabaseData]
    public async Task Programme_and_targets_round_trip_node_and_label_rows_and_a_change_is_version_checked(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var programme = new RetrofitProgramme { NodeId = tree.City.Id, Name = TestDatabase.Unique("P8"), FirstYear = 2025, LastYear = 2027 };
        var programmeId = await db.Retrofit.CreateProgrammeAsync(programme, TestDatabase.Context());
        Assert.Contains(await db.Retrofit.ListProgrammesAsync(), p => p.Id == programmeId && p.FirstYear == 2025 && p.LastYear == 2027);

        var district = new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2026, TargetArea = 1_000_000m };
        await db.Retrofit.SaveTargetAsync(district, TestDatabase.Context());
        await db.Retrofit.SaveTargetAsync(new AreaTarget { ProgrammeId = programmeId, Label = "下城区", Year = 2026, TargetArea = 1_000_000m }, TestDatabase.Context());
        await db.Retrofit.SaveTargetAsync(new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2027, TargetArea = 800_000m }, TestDatabase.Context());

        var targets = await db.Retrofit.ListTargetsAsync(programmeId, 2026);
        Assert.Equal(2, targets.Count);
        var read = Assert.Single(targets, t => t.NodeId == tree.District.Id);
        Assert.Equal(1_000_000m, read.TargetArea);
        Assert.Equal("下城区", Assert.Single(targets, t => t.NodeId is null).Label);

        read.TargetArea = 999_999.5m;
        await db.Retrofit.SaveTargetAsync(read, TestDatabase.Context());
        Assert.Equal(999_999.5m, Assert.Single(await db.Retrofit.ListTargetsAsync(programmeId, 2026), t => t.Id == read.Id).TargetArea);
        var stale = new AreaTarget { Id = read.Id, ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2026, TargetArea = 1m, Version = district.Version };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Retrofit.SaveTargetAsync(stale, TestDatabase.Context()));
        var audit = await db.Audit.ListForEntityAsync("AreaTarget", read.Id);
        Assert.Equal(["update", "create"], audit.Select(a => a.Action));
        Assert.Equal(("1000000", "999999.5"), (audit[0].OldValue, audit[0].NewValue));
        // One target per node and year.
        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Retrofit.SaveTargetAsync(
            new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2027, TargetArea = 5m }, TestDatabase.Context()));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_project_round_trips_with_its_merged_estates_and_lists_by_scope(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var lead = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Lead");
        var merged = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Merged");
        var other = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Other");
        var project = Project(lead.Id, "围墙与门禁", p => p.MergedEstateIds = [merged.Id]);

        var id = await db.Retrofit.CreateProjectAsync(project, TestDatabase.Context());
        await db.Retrofit.CreateProjectAsync(Project(other.Id, "B 的工程"), TestDatabase.Context());

        var read = (await db.Retrofit.GetProjectAsync(id))!;
        Assert.Equal((lead.Id, "围墙与门禁", RetrofitWorkItems.Enclosure | RetrofitWorkItems.DoorsAndCctv, 12345.67m, RetrofitStatus.InWorks),
            (read.EstateId, read.Name, read.WorkItems, read.Area, read.Status));
        Assert.Equal((new DateOnly(2026, 3, 1), (DateOnly?)null, (DateOnly?)null), (read.StartedDate, read.CompletedDate, read.AcceptedDate));
        Assert.Equal([merged.Id], read.MergedEstateIds);
        Assert.Equal(("Lead", tree.CommunityA1.Id), (read.EstateName, read.CommunityId));
        Assert.StartsWith(tree.SubDistrictA.Path, read.EstatePath);
        Assert.Equal([id], (await db.Retrofit.ListProjectsAsync(tree.SubDistrictA.Path)).Select(p => p.Id));
        Assert.Equal(2, (await db.Retrofit.ListProjectsAsync(tree.District.Path)).Count);
        Assert.Empty(await db.Retrofit.ListProjectsAsync(""));
        Assert.Null(await db.Retrofit.GetProjectAsync(id + 1_000_000));
        Assert.Equal(AuditActions.Create, Assert.Single(await db.Audit.ListForEntityAsync(RetrofitAudit.EntityType, id)).Action);
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_update_is_version_checked_and_audited_field_by_field(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var lead = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Lead");
        var merged = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Merged");
        var id = await db.Retrofit.CreateProjectAsync(Project(lead.Id, "工程", p => p.MergedEstateIds = [merged.Id]), TestDatabase.Context());
        var read = (await db.Retrofit.GetProjectAsync(id))!;
        var staleVersion = read.Version;

        read.Status = RetrofitStatus.Accepted;
        read.CompletedDate = new DateOnly(2026, 9, 30);
        read.AcceptedDate = new DateOnly(2026, 10, 15);
        read.MergedEstateIds = [];
        await db.Retrofit.UpdateProjectAsync(read, TestDatabase.Context());

        var after = (await db.Retrofit.GetProjectAsync(id))!;
        Assert.Equal((RetrofitStatus.Accepted, new DateOnly(2026, 10, 15)), (after.Status, after.AcceptedDate));
        Assert.Empty(after.MergedEstateIds);
        Assert.NotEqual(staleVersion, after.Version);
        var fields = (await db.Audit.ListForEntityAsync(RetrofitAudit.EntityType, id)).Where(a => a.Action == AuditActions.Update)
            .ToDictionary(a => a.Field!, a => (a.OldValue, a.NewValue));
        Assert.Equal(("InWorks", "Accepted"), fields[nameof(RetrofitProject.Status)]);
        Assert.Equal(((string?)null, "2026-10-15"), fields[nameof(RetrofitProject.AcceptedDate)]);
        Assert.Equal((merged.Id.ToString(), ""), fields[nameof(RetrofitProject.MergedEstateIds)]);
        Assert.False(fields.ContainsKey(nameof(RetrofitProject.Area)));

        read.Version = staleVersion;
        read.Name = "late edit";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Retrofit.UpdateProjectAsync(read, TestDatabase.Context()));
        Assert.Equal("工程", (await db.Retrofit.GetProjectAsync(id))!.Name);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Acceptance_writes_the_project_and_every_estates_works_date_together_or_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var lead = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Lead");
        var merged = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Merged");
        var id = await db.Retrofit.CreateProjectAsync(Project(lead.Id, "工程", p => p.MergedEstateIds = [merged.Id]), TestDatabase.Context());
        RetrofitProject Accepted(RetrofitProject p)
        {
            p.Status = RetrofitStatus.Accepted;
            p.CompletedDate = p.AcceptedDate = new DateOnly(2026, 10, 15);
            return p;
        }

        // An estate that does not exist (deleted since the page was read): the project is not accepted either.
        var read = (await db.Retrofit.GetProjectAsync(id))!;
        await Assert.ThrowsAsync<ArgumentException>(() => db.Retrofit.AcceptProjectAsync(Accepted(read), [lead.Id, long.MaxValue], TestDatabase.Context()));
        var unchanged = (await db.Retrofit.GetProjectAsync(id))!;
        Assert.Equal((RetrofitStatus.InWorks, read.Version), (unchanged.Status, unchanged.Version));
        Assert.Null((await db.Committees.GetRecordAsync(lead.Id)).Consultation);

        await db.Retrofit.AcceptProjectAsync(Accepted(unchanged), [lead.Id, merged.Id], TestDatabase.Context());

        Assert.Equal(RetrofitStatus.Accepted, (await db.Retrofit.GetProjectAsync(id))!.Status);
        foreach (var estate in new[] { lead, merged })
            Assert.Equal(new DateOnly(2026, 10, 15), (await db.Committees.GetRecordAsync(estate.Id)).Consultation?.WorksAcceptedOn);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Merging_an_estate_of_another_community_or_a_non_estate_is_refused_and_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var lead = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Lead");
        var elsewhere = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Elsewhere");

        await Assert.ThrowsAsync<ArgumentException>(() => db.Retrofit.CreateProjectAsync(
            Project(lead.Id, "跨社区", p => p.MergedEstateIds = [elsewhere.Id]), TestDatabase.Context()));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Retrofit.CreateProjectAsync(Project(tree.CommunityA1.Id, "社区不是小区"), TestDatabase.Context()));
        Assert.Empty(await db.Retrofit.ListProjectsAsync(tree.District.Path));
    }
}
