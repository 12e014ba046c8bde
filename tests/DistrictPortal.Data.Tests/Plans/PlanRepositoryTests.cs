using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Plans;
using DistrictPortal.Data.Tests.Campaigns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Plans;

/// <summary>Issue 16 item 1's stores on every configured database: a campaign's phases and the full-coverage plan.</summary>
public sealed class PlanRepositoryTests
{
    private static readonly DateTime At = new(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<AuditEntry> Audit(string entity, long id, string field) =>
        new AuditDiff(entity, id, TestDatabase.Context(At)).Action(AuditActions.Update, field, null, "x").Entries;

    [DatabaseTheory, DatabaseData]
    public async Task Phases_are_replaced_as_a_whole_with_their_audit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var plans = db.Get<IPlanRepository>();
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Campaigns.CreateAsync(CampaignRepositoryTests.NewCampaign(tree.District), TestDatabase.Context());

        await plans.ReplacePhasesAsync(id,
        [
            new CampaignPhase { CampaignId = id, Kind = PhaseKind.Survey, StartDate = new(2026, 3, 1), EndDate = new(2026, 3, 31) },
            new CampaignPhase { CampaignId = id, Kind = PhaseKind.Implementation, StartDate = new(2026, 4, 1), EndDate = new(2026, 9, 30) },
        ], Audit(AuditEntities.CampaignPhase, id, "Survey"));
        await plans.ReplacePhasesAsync(id,
        [
            new CampaignPhase { CampaignId = id, Kind = PhaseKind.Implementation, StartDate = new(2026, 4, 1), EndDate = new(2026, 10, 31) },
            new CampaignPhase { CampaignId = id, Kind = PhaseKind.Consolidation, StartDate = new(2026, 11, 1), EndDate = new(2026, 12, 31) },
        ], Audit(AuditEntities.CampaignPhase, id, "Consolidation"));

        var phases = await plans.ListPhasesAsync(id);
        Assert.Equal([(PhaseKind.Implementation, new DateOnly(2026, 4, 1), new DateOnly(2026, 10, 31)), (PhaseKind.Consolidation, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31))],
            phases.Select(p => (p.Kind, p.StartDate, p.EndDate)));
        Assert.Equal(["Survey", "Consolidation"], (await db.Audit.ListForEntityAsync(AuditEntities.CampaignPhase, id)).OrderBy(e => e.Id).Select(e => e.Field));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Plan_rows_are_saved_replaced_and_read_per_sub_district_with_the_registrys_strike_off(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var plans = db.Get<IPlanRepository>();
        var tree = await TestTree.CreateAsync(db);
        var a1 = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Plan A1");
        var b1 = await TestTree.AddEstateAsync(db, tree.CommunityB1, "Plan B1");
        var id = await db.Campaigns.CreateAsync(CampaignRepositoryTests.NewCampaign(tree.District), TestDatabase.Context());
        Assert.Equal(2, (await db.Campaigns.ListEstatesAsync(id, null)).Count);

        PlanRow Row(long estateId, ManagementMode mode, DateOnly? date) =>
            new() { CampaignId = id, EstateId = estateId, PlannedMode = mode, PlannedDate = date, UpdatedUtc = At };
        await plans.SaveAsync([Row(a1.Id, ManagementMode.PropertyEnterprise, new(2026, 6, 30)), Row(b1.Id, ManagementMode.None, null)],
            Audit(AuditEntities.CoveragePlan, a1.Id, "PlannedDate"));
        await plans.SaveAsync([Row(a1.Id, ManagementMode.SubDistrictPackage, new(2026, 7, 31))], Audit(AuditEntities.CoveragePlan, a1.Id, "PlannedMode"));

        var rowA = Assert.Single(await plans.ListAsync(id, tree.SubDistrictA.Id));
        Assert.Equal((a1.Id, tree.SubDistrictA.Id, ManagementMode.SubDistrictPackage, (DateOnly?)new DateOnly(2026, 7, 31), (DateOnly?)null, At),
            (rowA.EstateId, rowA.SubDistrictId, rowA.PlannedMode, rowA.PlannedDate, rowA.StruckOffDate, rowA.UpdatedUtc));
        var rowB = Assert.Single(await plans.ListAsync(id, tree.SubDistrictB.Id));
        Assert.Equal((ManagementMode.None, (DateOnly?)null), (rowB.PlannedMode, rowB.PlannedDate));
        Assert.Equal(2, (await plans.ListAsync(id, null)).Count);
        Assert.Equal(["PlannedDate", "PlannedMode"], (await db.Audit.ListForEntityAsync(AuditEntities.CoveragePlan, a1.Id)).OrderBy(e => e.Id).Select(e => e.Field));

        // An estate taken off the list leaves the plan's reads.
        await db.Campaigns.RemoveEstateAsync(id, b1.Id, "已有物业", TestDatabase.Context());
        Assert.Empty(await plans.ListAsync(id, tree.SubDistrictB.Id));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_plan_row_for_an_estate_not_on_the_list_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var plans = db.Get<IPlanRepository>();
        var tree = await TestTree.CreateAsync(db);
        var listed = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Listed");
        var id = await db.Campaigns.CreateAsync(CampaignRepositoryTests.NewCampaign(tree.District), TestDatabase.Context());
        var other = await TestTree.AddEstateAsync(db, tree.CommunityA2, "Added later, not listed");

        await Assert.ThrowsAnyAsync<Exception>(() => plans.SaveAsync(
        [
            new PlanRow { CampaignId = id, EstateId = listed.Id, PlannedDate = new(2026, 6, 30), UpdatedUtc = At },
            new PlanRow { CampaignId = id, EstateId = other.Id, PlannedDate = new(2026, 6, 30), UpdatedUtc = At },
        ], Audit(AuditEntities.CoveragePlan, listed.Id, "PlannedDate")));

        Assert.Empty(await plans.ListAsync(id, null));
        Assert.Empty(await db.Audit.ListForEntityAsync(AuditEntities.CoveragePlan, listed.Id));
    }
}
