using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Returns;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Returns;

namespace DistrictPortal.Core.Tests.LookBacks;

/// <summary>The per-mode strike-off evidence rule: kept by the admin, applied to a submission and to 校验.</summary>
public sealed class StrikeOffEvidenceTests
{
    private static readonly DateOnly Week = RowBuilder.WeekEnding;
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);
    private static readonly ReturnActor Officer = new(new ChangeContext(7, "officer", Now), Role.SubDistrictOfficer, "牌楼街道填报员");
    private static readonly Dictionary<ManagementMode, string> ContractRule = new() { [ManagementMode.PropertyEnterprise] = "物业服务合同" };

    private static ReturnContext Context(WeeklyReturn? stored, IReadOnlyDictionary<ManagementMode, string> rules, params long[] withEvidence) => new()
    {
        SubDistrict = new Node { Id = 3, Level = NodeLevel.SubDistrict, Name = "牌楼街道", Path = "/1/3/" },
        WeekEnding = Week,
        Campaign = new Campaign { Id = 1, Name = "清零行动", StartDate = new DateOnly(2026, 9, 1) },
        Calendar = new ReportingCalendar(HolidayCalendar.None),
        Estates = [new CampaignEstate { CampaignId = 1, EstateId = 11, SubDistrictId = 3, EstateName = "万安交通小区", Households = 120 }],
        Stored = stored,
        NowUtc = Now,
        Registry = new Dictionary<long, RegistryFacts> { [11] = new() { EstateId = 11, Status = ManagementStatus.Unmanaged } },
        Tracks = new Dictionary<long, CommitteeTrack>(),
        EvidenceRules = rules,
        EstatesWithEvidence = withEvidence.ToHashSet(),
    };

    private static ReturnEdit StruckOffBy(ManagementMode mode) => new()
    {
        Version = 0,
        Rows = new Dictionary<long, ReturnRowEdit>
        {
            [11] = new() { Households = 120, Mode = mode, SixHaves = [SixHaves.All], IsStruckOff = true, StruckOffDate = Week.AddDays(-1) },
        },
    };

    [Fact]
    public void A_strike_off_in_a_mode_with_a_rule_and_no_file_is_refused_naming_the_row_the_document_and_the_mode()
    {
        var check = ReturnWorkflowService.Check(Context(null, ContractRule), StruckOffBy(ManagementMode.PropertyEnterprise));

        var error = Assert.Single(check.Errors);
        Assert.Equal(("Rows[11].IsStruckOff", ReturnErrors.StrikeOffNeedsEvidence), (error.Field, error.Code));
        Assert.Equal(["万安交通小区", "物业服务合同", ManagementMode.PropertyEnterprise], error.Args);
    }

    [Fact]
    public void A_file_on_the_estate_or_a_row_another_mode_or_no_rule_lets_it_through()
    {
        Assert.Empty(ReturnWorkflowService.Check(Context(null, ContractRule, 11), StruckOffBy(ManagementMode.PropertyEnterprise)).Errors);
        Assert.Empty(ReturnWorkflowService.Check(Context(null, ContractRule), StruckOffBy(ManagementMode.CommunityTrusteeship)).Errors);
        Assert.Empty(ReturnWorkflowService.Check(Context(null, new Dictionary<ManagementMode, string>()), StruckOffBy(ManagementMode.PropertyEnterprise)).Errors);
    }

    [Fact]
    public void A_strike_off_the_registry_already_holds_is_not_asked_again()
    {
        var working = RowBuilder.Return(RowBuilder.With(RowBuilder.StruckOff(11, Week), r => r.Mode = ManagementMode.PropertyEnterprise));
        var registry = new Dictionary<long, RegistryFacts> { [11] = new() { EstateId = 11, StruckOffDate = Week } };

        Assert.Empty(StrikeOffEvidence.Missing(working, registry, ContractRule, new HashSet<long>()));
        Assert.Single(StrikeOffEvidence.Missing(working, new Dictionary<long, RegistryFacts>(), ContractRule, new HashSet<long>()));
    }

    [Fact]
    public async Task A_submission_is_refused_and_nothing_written_but_a_draft_is_saved()
    {
        var returns = new InMemoryReturns();
        var estates = new InMemoryEstatesAndTrails();
        var service = new ReturnWorkflowService(returns, estates, estates);

        var draft = await service.SaveAsync(Context(null, ContractRule), StruckOffBy(ManagementMode.PropertyEnterprise), submit: false, Officer);
        var stored = (await returns.GetAsync(3, Week))!;
        var writes = returns.Writes.Count;
        var edit = StruckOffBy(ManagementMode.PropertyEnterprise);
        edit.Version = stored.Version;
        var submit = await service.SaveAsync(Context(stored, ContractRule), edit, submit: true, Officer);

        Assert.Equal(SaveOutcome.Saved, draft.Outcome);
        Assert.Equal(SaveOutcome.Invalid, submit.Outcome);
        Assert.Equal(ReturnErrors.StrikeOffNeedsEvidence, Assert.Single(submit.Errors).Code);
        Assert.Equal(writes, returns.Writes.Count);
    }

    [Fact]
    public async Task The_admin_sets_and_removes_a_rule_audited_and_bad_input_is_refused()
    {
        var store = new InMemoryLookBacks();
        var rules = new StrikeOffEvidence(store);
        var change = new ChangeContext(1, "区清零办", Now);

        Assert.True((await rules.SaveAsync(ManagementMode.PropertyEnterprise, " 物业服务合同 ", change)).Succeeded);
        Assert.True((await rules.SaveAsync(ManagementMode.PropertyEnterprise, "物业服务合同", change)).Succeeded);
        Assert.Equal("物业服务合同", (await rules.RulesAsync())[ManagementMode.PropertyEnterprise]);
        Assert.True((await rules.SaveAsync(ManagementMode.PropertyEnterprise, "", change)).Succeeded);
        Assert.Empty(await rules.RulesAsync());
        Assert.Equal(2, store.RuleWrites.Count);
        var set = Assert.Single(store.RuleWrites[0]);
        Assert.Equal((AuditEntities.StrikeOffEvidenceRule, 1L, null, "物业服务合同"), (set.EntityType, set.EntityId, set.OldValue, set.NewValue));

        Assert.Equal("Mode:Invalid", Key(await rules.SaveAsync(ManagementMode.None, "合同", change)));
        Assert.Equal("Document:TooLong", Key(await rules.SaveAsync(ManagementMode.SubDistrictPackage, new string('合', 51), change)));
        Assert.Equal(2, store.RuleWrites.Count);
    }

    private static string Key(Core.Common.DomainResult r) => $"{Assert.Single(r.Errors).Field}:{r.Errors[0].Code}";
}
