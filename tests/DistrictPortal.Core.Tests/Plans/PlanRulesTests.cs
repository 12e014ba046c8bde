using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Plans;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Plans;

/// <summary>
/// Issue 16 item 1 (P11): the phases 调研摸底 → 推进落实 → 巩固提升 in order inside the campaign, the full-coverage plan's
/// dates inside the campaign and the coverage phase, and "overdue" = past the planned date and not struck off.
/// </summary>
public sealed class PlanRulesTests
{
    private static readonly ChangeContext Who = new(3, "牌楼街道 王强", new DateTime(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc));
    private static readonly Campaign Campaign = new()
    {
        Id = 7, DistrictId = 2, Name = "清零行动", StartDate = new DateOnly(2026, 10, 1), TargetDate = new DateOnly(2027, 6, 30),
    };

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static IReadOnlyList<(PhaseKind, DateOnly?, DateOnly?)> Phases(
        (DateOnly?, DateOnly?) survey, (DateOnly?, DateOnly?) implementation, (DateOnly?, DateOnly?) consolidation) =>
        [(PhaseKind.Survey, survey.Item1, survey.Item2), (PhaseKind.Implementation, implementation.Item1, implementation.Item2),
         (PhaseKind.Consolidation, consolidation.Item1, consolidation.Item2)];

    private static string[] Keys(IEnumerable<ValidationError> errors) => errors.Select(e => $"{e.Field}:{e.Code}").ToArray();

    [Fact]
    public void Three_phases_in_order_inside_the_campaign_are_accepted()
    {
        var phases = Phases((D(2026, 10, 1), D(2026, 10, 31)), (D(2026, 11, 1), D(2027, 3, 31)), (D(2027, 4, 1), D(2027, 6, 30)));
        Assert.Empty(PhaseService.Validate(Campaign, phases));
    }

    [Fact]
    public void A_phase_may_be_left_out_but_not_half_given()
    {
        Assert.Empty(PhaseService.Validate(Campaign, Phases((D(2026, 10, 1), D(2026, 10, 31)), (null, null), (null, null))));
        Assert.Equal(["Implementation.EndDate:PhaseStartAndEnd"],
            Keys(PhaseService.Validate(Campaign, Phases((null, null), (D(2026, 11, 1), null), (null, null)))));
    }

    [Fact]
    public void Overlapping_reversed_and_outside_the_campaign_are_each_named_at_their_phase()
    {
        var errors = PhaseService.Validate(Campaign, Phases(
            (D(2026, 9, 1), D(2026, 11, 15)),      // starts before the campaign
            (D(2026, 11, 15), D(2026, 11, 1)),     // overlaps the survey and ends before it starts
            (D(2027, 4, 1), D(2027, 7, 31))));     // ends after the target date

        Assert.Equal(
            ["Survey.StartDate:PhaseBeforeCampaign", "Implementation.EndDate:EndsBeforeStart", "Implementation.StartDate:PhaseOutOfOrder",
             "Consolidation.EndDate:PhaseAfterTarget"],
            Keys(errors));
        Assert.Equal(PhaseKind.Survey, errors[2].Args[1]);
    }

    [Fact]
    public void The_current_phase_is_the_one_containing_the_day()
    {
        var stored = new[]
        {
            new CampaignPhase { Kind = PhaseKind.Survey, StartDate = D(2026, 10, 1), EndDate = D(2026, 10, 31) },
            new CampaignPhase { Kind = PhaseKind.Implementation, StartDate = D(2026, 11, 1), EndDate = D(2027, 3, 31) },
        };
        Assert.Equal(PhaseKind.Implementation, PhaseService.Current(stored, D(2026, 12, 5))!.Kind);
        Assert.Equal(PhaseKind.Survey, PhaseService.Current(stored, D(2026, 10, 31))!.Kind);
        Assert.Null(PhaseService.Current(stored, D(2027, 5, 1)));
    }

    [Fact]
    public async Task Saving_phases_audits_each_changed_phase_and_saving_the_same_writes_nothing()
    {
        var store = new InMemoryPlans();
        var service = new PhaseService(store);
        var phases = Phases((D(2026, 10, 1), D(2026, 10, 31)), (D(2026, 11, 1), D(2027, 3, 31)), (null, null));

        Assert.True((await service.SaveAsync(Campaign, phases, Who)).Succeeded);
        Assert.True((await service.SaveAsync(Campaign, phases, Who)).Succeeded);

        var write = Assert.Single(store.PhaseWrites);
        Assert.Equal([("Survey", "2026-10-01..2026-10-31"), ("Implementation", "2026-11-01..2027-03-31")],
            write.Audit.Select(e => (e.Field!, e.NewValue!)));
        Assert.All(write.Audit, e => Assert.Equal((AuditEntities.CampaignPhase, 7L), (e.EntityType, e.EntityId)));
        Assert.Equal(2, store.Phases.Count);
    }

    [Theory]
    [InlineData("2026-12-05", false)] // on the planned day it is not yet overdue
    [InlineData("2026-12-06", true)]
    public void Past_its_planned_date_and_not_struck_off_is_overdue(string today, bool overdue)
    {
        var row = new PlanRow { EstateId = 1, PlannedDate = D(2026, 12, 5) };
        Assert.Equal(overdue, PlanService.IsOverdue(row, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Struck_off_or_without_a_planned_date_is_never_overdue_and_the_league_counts_per_sub_district()
    {
        var today = D(2027, 1, 10);
        PlanRow[] rows =
        [
            new() { EstateId = 1, SubDistrictId = 10, PlannedDate = D(2026, 12, 31) },
            new() { EstateId = 2, SubDistrictId = 10, PlannedDate = D(2026, 12, 31), StruckOffDate = D(2027, 1, 5) },
            new() { EstateId = 3, SubDistrictId = 10 },
            new() { EstateId = 4, SubDistrictId = 11, PlannedDate = D(2027, 1, 1) },
            new() { EstateId = 5, SubDistrictId = 11, PlannedDate = D(2027, 2, 1) },
        ];
        Assert.Equal(new Dictionary<long, int> { [10] = 1, [11] = 1 }, PlanService.OverdueBySubDistrict(rows, today));
    }

    [Fact]
    public void A_planned_date_outside_the_campaign_or_after_the_coverage_phase_names_the_estate()
    {
        CampaignPhase[] coverage = [new() { Kind = PhaseKind.Implementation, StartDate = D(2026, 11, 1), EndDate = D(2027, 3, 31) }];
        string Code(DateOnly date, IEnumerable<CampaignPhase> phases) =>
            Assert.Single(PlanService.ValidateRow(new PlanChange(1, ManagementMode.PropertyEnterprise, date), "幸福小区", Campaign, phases)).Code;

        Assert.Equal(PlanService.DateBeforeCampaign, Code(D(2026, 9, 30), []));
        Assert.Equal(PlanService.DateAfterTarget, Code(D(2027, 7, 1), []));
        Assert.Equal(PlanService.DateAfterCoverage, Code(D(2027, 4, 1), coverage));
        Assert.Empty(PlanService.ValidateRow(new PlanChange(1, ManagementMode.PropertyEnterprise, D(2027, 4, 1)), "幸福小区", Campaign, []));
        var error = Assert.Single(PlanService.ValidateRow(new PlanChange(1, (ManagementMode)9, null), "幸福小区", Campaign, []));
        Assert.Equal(("PlannedMode", "幸福小区"), (error.Field, error.Args[0]));
    }

    [Fact]
    public async Task A_plan_saves_the_changed_rows_of_listed_estates_audited_per_estate_and_refuses_one_not_on_the_list()
    {
        var campaigns = new InMemoryCampaigns();
        campaigns.Estates.Add(new CampaignEstate { CampaignId = 7, EstateId = 101, SubDistrictId = 10, EstateName = "幸福小区" });
        campaigns.Estates.Add(new CampaignEstate { CampaignId = 7, EstateId = 102, SubDistrictId = 10, EstateName = "和平小区" });
        campaigns.Estates.Add(new CampaignEstate { CampaignId = 8, EstateId = 201, SubDistrictId = 20, EstateName = "别家小区" });
        var store = new InMemoryPlans();
        var service = new PlanService(store, campaigns);

        var refused = await service.SaveAsync(Campaign, 10, [new(101, ManagementMode.CommunityTrusteeship, D(2027, 1, 31)), new(201, ManagementMode.None, null)], Who);
        Assert.Equal(["EstateId:NotOnList"], Keys(refused.Errors));
        Assert.Empty(store.PlanWrites);

        var saved = await service.SaveAsync(Campaign, 10,
            [new(101, ManagementMode.CommunityTrusteeship, D(2027, 1, 31)), new(102, ManagementMode.None, null)], Who);
        Assert.True(saved.Succeeded);
        var write = Assert.Single(store.PlanWrites);
        Assert.Equal([101L], write.Rows.Select(r => r.EstateId)); // 102 had nothing and still has nothing
        Assert.Equal([("PlannedMode", "CommunityTrusteeship"), ("PlannedDate", "2027-01-31")], write.Audit.Select(e => (e.Field!, e.NewValue!)));
        Assert.All(write.Audit, e => Assert.Equal((AuditEntities.CoveragePlan, 101L, "牌楼街道 王强"), (e.EntityType, e.EntityId, e.UserName)));
    }

    private sealed class InMemoryPlans : IPlanRepository
    {
        public List<CampaignPhase> Phases { get; } = [];
        public Dictionary<long, PlanRow> Rows { get; } = [];
        public List<(IReadOnlyList<CampaignPhase> Phases, IReadOnlyList<AuditEntry> Audit)> PhaseWrites { get; } = [];
        public List<(IReadOnlyList<PlanRow> Rows, IReadOnlyList<AuditEntry> Audit)> PlanWrites { get; } = [];

        public Task<IReadOnlyList<CampaignPhase>> ListPhasesAsync(long campaignId) => Task.FromResult<IReadOnlyList<CampaignPhase>>([.. Phases]);

        public Task ReplacePhasesAsync(long campaignId, IReadOnlyList<CampaignPhase> phases, IReadOnlyList<AuditEntry> audit)
        {
            Phases.Clear();
            Phases.AddRange(phases);
            PhaseWrites.Add((phases, audit));
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<PlanRow>> ListAsync(long campaignId, long? subDistrictId) =>
            Task.FromResult<IReadOnlyList<PlanRow>>([.. Rows.Values.Where(r => subDistrictId is null || r.SubDistrictId == subDistrictId)]);

        public Task SaveAsync(IReadOnlyList<PlanRow> rows, IReadOnlyList<AuditEntry> audit)
        {
            foreach (var row in rows)
                Rows[row.EstateId] = row;
            PlanWrites.Add((rows, audit));
            return Task.CompletedTask;
        }
    }
}
