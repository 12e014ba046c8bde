using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Retrofit;

/// <summary>
/// The retrofit repository on every database, driven through <see cref="RetrofitService"/> (the rules and the audit
/// entries are Core's; the repository stores them in one transaction): so the moved rules are checked end to end too.
/// </summary>
public sealed class RetrofitRepositoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static RetrofitService Service(TestDatabase db) => new(db.Retrofit, db.Nodes, db.Committees);

    private static async Task<long> CreateAsync(TestDatabase db, RetrofitProject project)
    {
        var created = await Service(db).CreateProjectAsync(project, Today, TestDatabase.Context());
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return created.Value;
    }

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
        var programmeId = (await Service(db).CreateProgrammeAsync(programme, TestDatabase.Context())).Value;
        Assert.Contains(await db.Retrofit.ListProgrammesAsync(), p => p.Id == programmeId && p.FirstYear == 2025 && p.LastYear == 2027);

        var district = new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2026, TargetArea = 1_000_000m };
        await Service(db).SetTargetAsync(district, TestDatabase.Context());
        await Service(db).SetTargetAsync(new AreaTarget { ProgrammeId = programmeId, Label = "下城区", Year = 2026, TargetArea = 1_000_000m }, TestDatabase.Context());
        await Service(db).SetTargetAsync(new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2027, TargetArea = 800_000m }, TestDatabase.Context());

        var targets = await db.Retrofit.ListTargetsAsync(programmeId, 2026);
        Assert.Equal(2, targets.Count);
        var read = Assert.Single(targets, t => t.NodeId == tree.District.Id);
        Assert.Equal(1_000_000m, read.TargetArea);
        Assert.Equal("下城区", Assert.Single(targets, t => t.NodeId is null).Label);

        read.TargetArea = 999_999.5m;
        await Service(db).SetTargetAsync(read, TestDatabase.Context());
        Assert.Equal(999_999.5m, Assert.Single(await db.Retrofit.ListTargetsAsync(programmeId, 2026), t => t.Id == read.Id).TargetArea);
        var stale = new AreaTarget { Id = read.Id, ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2026, TargetArea = 1m, Version = district.Version };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service(db).SetTargetAsync(stale, TestDatabase.Context()));
        // The repository's own guard, for a change that lands between the workflow's read and its write.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Retrofit.SaveTargetAsync(stale, []));
        var audit = await db.Audit.ListForEntityAsync(AuditEntities.AreaTarget, read.Id);
        Assert.Equal(["update", "create"], audit.Select(a => a.Action));
        Assert.Equal(("1000000", "999999.5"), (audit[0].OldValue, audit[0].NewValue));
        // One target per node and year.
        await Assert.ThrowsAsync<DuplicateNameException>(() => Service(db).SetTargetAsync(
            new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2027, TargetArea = 5m }, TestDatabase.Context()));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_programme_that_ends_before_it_starts_and_a_target_for_both_or_neither_or_negative_are_refused(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var refused = await Service(db).CreateProgrammeAsync(
            new RetrofitProgramme { NodeId = tree.City.Id, Name = TestDatabase.Unique("P8"), FirstYear = 2027, LastYear = 2025 }, TestDatabase.Context());
        Assert.Equal("LastYear:EndsBeforeStart", Assert.Single(refused.Errors).ToKey());
        var programmeId = (await Service(db).CreateProgrammeAsync(
            new RetrofitProgramme { NodeId = tree.City.Id, Name = TestDatabase.Unique("P8"), FirstYear = 2025, LastYear = 2027 }, TestDatabase.Context())).Value;

        Assert.Equal("Label:NodeOrLabel", Assert.Single((await Service(db).SetTargetAsync(
            new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Label = "下城区", Year = 2026, TargetArea = 1m }, TestDatabase.Context())).Errors).ToKey());
        Assert.Equal("Label:NodeOrLabel", Assert.Single((await Service(db).SetTargetAsync(
            new AreaTarget { ProgrammeId = programmeId, Year = 2026, TargetArea = 1m }, TestDatabase.Context())).Errors).ToKey());
        Assert.Equal("TargetArea:NotNegative", Assert.Single((await Service(db).SetTargetAsync(
            new AreaTarget { ProgrammeId = programmeId, NodeId = tree.District.Id, Year = 2026, TargetArea = -1m }, TestDatabase.Context())).Errors).ToKey());
        Assert.Empty(await db.Retrofit.ListTargetsAsync(programmeId, 2026));
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

        var id = await CreateAsync(db, project);
        await CreateAsync(db, Project(other.Id, "B 的工程"));

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
        var id = await CreateAsync(db, Project(lead.Id, "工程", p => p.MergedEstateIds = [merged.Id]));
        var read = (await db.Retrofit.GetProjectAsync(id))!;
        var staleVersion = read.Version;

        read.Status = RetrofitStatus.Completed;
        read.CompletedDate = new DateOnly(2026, 9, 30);
        read.MergedEstateIds = [];
        Assert.True((await Service(db).UpdateProjectAsync(read, staleVersion, Today, TestDatabase.Context())).Succeeded);

        var after = (await db.Retrofit.GetProjectAsync(id))!;
        Assert.Equal((RetrofitStatus.Completed, new DateOnly(2026, 9, 30)), (after.Status, after.CompletedDate));
        Assert.Empty(after.MergedEstateIds);
        Assert.NotEqual(staleVersion, after.Version);
        var fields = (await db.Audit.ListForEntityAsync(RetrofitAudit.EntityType, id)).Where(a => a.Action == AuditActions.Update)
            .ToDictionary(a => a.Field!, a => (a.OldValue, a.NewValue));
        Assert.Equal(("InWorks", "Completed"), fields[nameof(RetrofitProject.Status)]);
        Assert.Equal(((string?)null, "2026-09-30"), fields[nameof(RetrofitProject.CompletedDate)]);
        Assert.Equal((merged.Id.ToString(), ""), fields[nameof(RetrofitProject.MergedEstateIds)]);
        Assert.False(fields.ContainsKey(nameof(RetrofitProject.Area)));

        read.Name = "late edit";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service(db).UpdateProjectAsync(read, staleVersion, Today, TestDatabase.Context()));
        // The repository's own guard, for an edit that lands between the workflow's read and its write.
        read.Version = staleVersion;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Retrofit.UpdateProjectAsync(read, []));
        Assert.Equal("工程", (await db.Retrofit.GetProjectAsync(id))!.Name);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Acceptance_writes_the_project_and_every_estates_works_date_together_or_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var lead = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Lead");
        var merged = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Merged");
        var id = await CreateAsync(db, Project(lead.Id, "工程", p => p.MergedEstateIds = [merged.Id]));
        RetrofitProject Accepted(RetrofitProject p)
        {
            p.Status = RetrofitStatus.Accepted;
            p.CompletedDate = p.AcceptedDate = new DateOnly(2026, 10, 15);
            return p;
        }

        // An estate that does not exist (deleted since the page was read): the project is not accepted either.
        var read = (await db.Retrofit.GetProjectAsync(id))!;
        await Assert.ThrowsAsync<ArgumentException>(() => db.Retrofit.UpdateProjectAsync(Accepted(read), [], new WorksAcceptance([lead.Id, long.MaxValue], new DateOnly(2026, 10, 15))));
        var unchanged = (await db.Retrofit.GetProjectAsync(id))!;
        Assert.Equal((RetrofitStatus.InWorks, read.Version), (unchanged.Status, unchanged.Version));
        Assert.Null((await db.Committees.GetRecordAsync(lead.Id)).Consultation);

        Assert.True((await Service(db).AcceptAsync(unchanged, new DateOnly(2026, 10, 15), unchanged.Version, Today, TestDatabase.Context())).Succeeded);

        Assert.Equal(RetrofitStatus.Accepted, (await db.Retrofit.GetProjectAsync(id))!.Status);
        Assert.Contains(await db.Audit.ListForEntityAsync(RetrofitAudit.EntityType, id),
            a => a.Field == nameof(RetrofitProject.AcceptedDate) && a.NewValue == "2026-10-15");
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

        var service = Service(db);
        Assert.Equal("MergedEstateIds:MergedElsewhere", Assert.Single((await service.CreateProjectAsync(
            Project(lead.Id, "跨社区", p => p.MergedEstateIds = [elsewhere.Id]), Today, TestDatabase.Context())).Errors).ToKey());
        Assert.Equal("MergedEstateIds:MergedElsewhere", Assert.Single((await service.CreateProjectAsync(
            Project(lead.Id, "自己合并自己", p => p.MergedEstateIds = [lead.Id]), Today, TestDatabase.Context())).Errors).ToKey());
        Assert.Equal("EstateId:NotAnEstate", Assert.Single((await service.CreateProjectAsync(
            Project(tree.CommunityA1.Id, "社区不是小区"), Today, TestDatabase.Context())).Errors).ToKey());
        Assert.Equal("Status:AcceptThroughConfirmation", Assert.Single((await service.CreateProjectAsync(Project(lead.Id, "直接验收",
            p => { p.Status = RetrofitStatus.Accepted; p.CompletedDate = p.AcceptedDate = new DateOnly(2026, 10, 1); }), Today, TestDatabase.Context())).Errors).ToKey());
        Assert.Empty(await db.Retrofit.ListProjectsAsync(tree.District.Path));
        // An estate that does not exist at all is still the database's to refuse (a foreign key).
        await Assert.ThrowsAsync<ArgumentException>(() => db.Retrofit.CreateProjectAsync(Project(long.MaxValue, "无此小区"), []));
    }
}
