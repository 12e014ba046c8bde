using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Standards;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Standards;

/// <summary>The service standards and the inspections against them on every configured database.</summary>
public sealed class StandardsRepositoryTests
{
    private static readonly ChangeContext Inspector = new(7, "社区检查员", new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc));
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static StandardsService Service(TestDatabase db) => new(db.Get<IServiceStandardRepository>(), db.Get<IInspectionRepository>());

    private static async Task<(TestTree Tree, Estate A, Estate B)> EstatesAsync(TestDatabase db)
    {
        var tree = await TestTree.CreateAsync(db);
        var a = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Package Court", e => { e.Status = ManagementStatus.Professional; e.Mode = ManagementMode.SubDistrictPackage; });
        var b = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Enterprise Garden", e => { e.Status = ManagementStatus.Professional; e.Mode = ManagementMode.PropertyEnterprise; });
        return (tree, a, b);
    }

    private static InspectionInput Package(DateOnly date, decimal patrols) => new()
    {
        Date = date, Inspector = "王检查", Evidence = "巡查记录本",
        Values = new Dictionary<long, decimal?> { [2] = 91.5m, [4] = 100m, [5] = 88m, [10] = patrols },
    };

    [DatabaseTheory, DatabaseData]
    public async Task The_seeded_standards_are_the_plans_as_Core_lists_them(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);

        var stored = await db.Get<IServiceStandardRepository>().ListAsync();

        static object Shape(ServiceStandard s) => (s.Id, s.Measure, s.Comparison, s.Threshold, s.Plan, s.Modes, s.IsActive);
        Assert.Equal(PlanStandards.All.Select(Shape), stored.Select(Shape));
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_edit_is_written_over_its_version_with_its_audit_and_an_edit_over_an_old_version_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var service = Service(db);
        var before = (await service.ListAsync()).Single(s => s.Id == 5);
        var raised = new StandardInput { Comparison = StandardComparison.AtLeast, Threshold = 86.5m, Modes = StandardModes.PropertyEnterprise, IsActive = false };
        try
        {
            Assert.True((await service.UpdateAsync(5, raised, before.Version, Inspector)).Succeeded);

            var after = (await service.ListAsync()).Single(s => s.Id == 5);
            Assert.Equal((StandardComparison.AtLeast, 86.5m, StandardModes.PropertyEnterprise, false, before.Version + 1),
                (after.Comparison, after.Threshold, after.Modes, after.IsActive, after.Version));
            var trail = (await db.Audit.ListForEntityAsync(AuditEntities.ServiceStandard, 5)).Where(e => e.AtUtc == Inspector.AtUtc).ToList();
            Assert.Equal(["Comparison", "IsActive", "Modes", "Threshold"], trail.Select(e => e.Field).Order());
            Assert.Contains(trail, e => e.Field == "Threshold" && e.OldValue == "85" && e.NewValue == "86.5");

            var (changed, audit) = StandardsService.Decide(after, new StandardInput { Comparison = StandardComparison.MoreThan, Threshold = 1m }, Inspector);
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Get<IServiceStandardRepository>().UpdateAsync(changed, before.Version, audit));
            Assert.Equal(86.5m, (await service.ListAsync()).Single(s => s.Id == 5).Threshold);
        }
        finally
        {
            // A shared SQL Server database keeps the plan's standard for the other tests.
            var now = (await service.ListAsync()).Single(s => s.Id == 5);
            await service.UpdateAsync(5, new StandardInput { Comparison = before.Comparison, Threshold = before.Threshold, Modes = before.Modes, IsActive = before.IsActive },
                now.Version, Inspector);
        }
    }

    [DatabaseTheory, DatabaseData]
    public async Task Inspections_are_stored_with_their_values_and_read_by_estate_and_newest_per_estate_in_scope(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (tree, a, b) = await EstatesAsync(db);
        var service = Service(db);

        var older = await service.RecordAsync(a, Package(Today.AddDays(-10), patrols: 2m), Today, Inspector);
        var newer = await service.RecordAsync(a, Package(Today.AddDays(-1), patrols: 1m), Today, Inspector);
        Assert.True(older.Succeeded && newer.Succeeded, string.Join(", ", older.Errors.Concat(newer.Errors)));

        var history = await db.Get<IInspectionRepository>().ListByEstateAsync(a.Id);
        Assert.Equal([newer.Value, older.Value], history.Select(i => i.Id));
        var read = history[0];
        Assert.Equal((a.Id, Today.AddDays(-1), "王检查", "巡查记录本", ManagementMode.SubDistrictPackage, false, Inspector.AtUtc, "社区检查员"),
            (read.EstateId, read.Date, read.Inspector, read.Evidence, read.Mode, read.MeetsAll, read.RecordedUtc, read.RecordedByName));
        Assert.Equal((a.Name, tree.SubDistrictA.Id, tree.SubDistrictA.Name), (read.EstateName, read.SubDistrictId, read.SubDistrictName));
        Assert.Equal([2L, 4, 5, 10], read.Values.Select(v => v.StandardId));
        var patrols = read.Values.Single(v => v.StandardId == 10);
        Assert.Equal((StandardMeasure.DailyPatrols, StandardComparison.AtLeast, 2m, 1m, false), (patrols.Measure, patrols.Comparison, patrols.Threshold, patrols.Value, patrols.Met));
        Assert.Equal(91.5m, read.Values.Single(v => v.StandardId == 2).Value);
        Assert.True(history[1].MeetsAll);

        var repository = db.Get<IInspectionRepository>();
        Assert.Equal([newer.Value], (await repository.ListLatestInScopeAsync(tree.SubDistrictA.Path)).Select(i => i.Id));
        Assert.Equal([newer.Value], (await repository.ListLatestValuesInScopeAsync(tree.SubDistrictA.Path)).Select(v => v.InspectionId).Distinct());
        Assert.Empty(await repository.ListLatestInScopeAsync(tree.SubDistrictB.Path));
        Assert.Empty(await repository.ListLatestInScopeAsync(""));
        Assert.Equal(AuditActions.Create, Assert.Single(await db.Audit.ListForEntityAsync(AuditEntities.Inspection, newer.Value)).Action);

        var enterprise = await service.RecordAsync(b, new InspectionInput
        {
            Date = Today, Inspector = "李检查",
            Values = new Dictionary<long, decimal?> { [1] = 95m, [3] = 96m, [4] = 100m, [5] = 90m, [6] = 4m, [7] = 1.5m, [8] = 2m, [9] = 2.5m },
        }, Today, Inspector);
        Assert.True(enterprise.Succeeded);
        var district = await repository.ListLatestInScopeAsync(tree.District.Path);
        Assert.Equal([newer.Value, enterprise.Value], district.Select(i => i.Id));
        Assert.Equal((2, 1), (StandardsBoard.Share(district).Inspected, StandardsBoard.Share(district).MeetingAll));
        Assert.Null((await repository.ListByEstateAsync(b.Id)).Single().Evidence);
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_inspection_of_an_estate_that_does_not_exist_is_refused_and_nothing_is_written(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (_, a, _) = await EstatesAsync(db);
        var ghost = new Estate { Id = a.Id + 1_000_000, Name = "Ghost", Mode = ManagementMode.SubDistrictPackage };
        var (inspection, audit) = StandardsService.Judge(ghost, StandardsService.Applicable(PlanStandards.All, ghost.Mode), Package(Today, 2m), Inspector);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Get<IInspectionRepository>().AddAsync(inspection, audit));

        Assert.Empty(await db.Get<IInspectionRepository>().ListByEstateAsync(ghost.Id));
    }
}
