using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Returns;

/// <summary>
/// The return's workflow as Core owns it: the refusals write nothing, the audit entries are built here and handed to
/// the repository with the one write, acceptance freezes the week and decides the registry.
/// </summary>
public sealed class ReturnWorkflowServiceTests
{
    private static readonly DateOnly Week = RowBuilder.WeekEnding;
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc); // Friday 11:00 in Shanghai, before the deadline
    private static readonly ReturnActor Officer = new(new ChangeContext(7, "officer", Now), Role.SubDistrictOfficer, "牌楼街道填报员");
    private static readonly ReturnActor Reviewer = new(new ChangeContext(2, "reviewer", Now), Role.BureauReviewer, "区住建局审核员");

    private readonly InMemoryReturns _returns = new();
    private readonly InMemoryEstatesAndTrails _estates = new();
    private ReturnWorkflowService Service => new(_returns, _estates, _estates);

    private static ReturnContext Context(WeeklyReturn? stored, (long Id, string Name, int Households)[] estates,
        IReadOnlyDictionary<long, RegistryFacts>? registry = null, NodeLevel level = NodeLevel.SubDistrict) => new()
    {
        SubDistrict = new Node { Id = 3, Level = level, Name = "牌楼街道", Path = "/1/3/" },
        WeekEnding = Week,
        Campaign = new Campaign { Id = 1, Name = "清零行动", StartDate = new DateOnly(2026, 9, 1) },
        Calendar = new ReportingCalendar(HolidayCalendar.None),
        Estates = estates.Select(e => new CampaignEstate { CampaignId = 1, EstateId = e.Id, SubDistrictId = 3, EstateName = e.Name, Households = e.Households }).ToList(),
        Stored = stored,
        LastAccepted = null,
        NowUtc = Now,
        Registry = registry ?? new Dictionary<long, RegistryFacts>(),
        Tracks = new Dictionary<long, CommitteeTrack>(),
    };

    private static readonly (long, string, int)[] TwoEstates = [(11, "万安交通小区", 120), (12, "牌楼新村", 80)];

    private static ReturnEdit Edit(long version, Action<Dictionary<long, ReturnRowEdit>>? rows = null)
    {
        var edit = new ReturnEdit
        {
            Version = version,
            ProgressNarrative = "本周推进",
            Rows = new Dictionary<long, ReturnRowEdit>
            {
                [11] = new() { Households = 120, Mode = ManagementMode.None },
                [12] = new() { Households = 80, Mode = ManagementMode.None },
            },
        };
        rows?.Invoke(edit.Rows);
        return edit;
    }

    [Fact]
    public async Task First_save_writes_the_return_once_as_typed_and_audits_the_officers_edits_against_the_prefill()
    {
        var result = await Service.SaveAsync(Context(null, TwoEstates), Edit(0, r => r[12].Blockers = "  物业用房未落实 "), submit: false, Officer);

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        // One write (issue 19's Friday peak: no create-then-rewrite), carrying what was typed and the whole trail.
        var (write, created, audit) = Assert.Single(_returns.Writes);
        Assert.Equal("create", write);
        Assert.Equal("物业用房未落实", created.Rows.Single(r => r.EstateId == 12).Blockers);
        Assert.Equal("本周推进", created.ProgressNarrative);
        Assert.All(audit, e => Assert.Equal(AuditEntities.WeeklyReturn, e.EntityType));
        Assert.Contains(audit, e => e.Field == "Rows[牌楼新村].Blockers" && e.OldValue == null && e.NewValue == "物业用房未落实");
        Assert.Contains(audit, e => e.Field == nameof(WeeklyReturn.ProgressNarrative));
        Assert.Equal((created.Id, created.Version), (result.Return.Id, result.Return.Version));
        Assert.True(result.AsDomainResult().Succeeded);
    }

    [Fact]
    public async Task First_save_is_audited_as_created_by_core_then_edited_all_under_the_new_id()
    {
        await Service.SaveAsync(Context(null, TwoEstates), Edit(0), submit: false, Officer);

        var (write, created, audit) = _returns.Writes[0];
        Assert.Equal("create", write);
        Assert.Equal((AuditEntities.WeeklyReturn, created.Id, AuditActions.Create, "2026-11-27", "officer"),
            (audit[0].EntityType, audit[0].EntityId, audit[0].Action, audit[0].NewValue, audit[0].UserName));
        // The narrative typed on the first save is an edit of the pre-filled return, as when it was written in two steps.
        Assert.Equal([AuditActions.Create, AuditActions.Update], audit.Select(e => e.Action));
        Assert.Equal((nameof(WeeklyReturn.ProgressNarrative), null, "本周推进"), (audit[1].Field, audit[1].OldValue, audit[1].NewValue));
        Assert.All(audit, e => Assert.Equal(created.Id, e.EntityId));
    }

    [Fact]
    public async Task A_first_submission_is_one_write_submitted_with_the_status_and_the_cells_audited()
    {
        var result = await Service.SaveAsync(Context(null, TwoEstates), Edit(0, r => r[11].SixHaves = [SixHaves.Cleaning]), submit: true, Officer);

        Assert.Equal(SaveOutcome.Submitted, result.Outcome);
        var (write, created, audit) = Assert.Single(_returns.Writes);
        Assert.Equal("create", write);
        Assert.Equal((ReturnStatus.Submitted, Now, "牌楼街道填报员"), (created.Status, created.FirstSubmittedUtc!.Value, created.SubmittedByName));
        Assert.Equal(AuditActions.Create, audit[0].Action);
        Assert.Contains(audit, e => e.Field == nameof(WeeklyReturn.Status) && e.OldValue == nameof(ReturnStatus.Draft) && e.NewValue == nameof(ReturnStatus.Submitted));
        Assert.Contains(audit, e => e.Field == "Rows[万安交通小区].SixHaves" && e.NewValue == nameof(SixHaves.Cleaning));
    }

    [Theory]
    [InlineData(NodeLevel.Community)]
    [InlineData(NodeLevel.District)]
    public async Task A_node_that_is_not_a_sub_district_files_no_return_and_nothing_is_written(NodeLevel level)
    {
        var result = await Service.SaveAsync(Context(null, TwoEstates, level: level), Edit(0), submit: false, Officer);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => (e.Field, e.Code) == (nameof(WeeklyReturn.SubDistrictId), Core.Common.ValidationCodes.NotASubDistrict));
        Assert.Empty(_returns.Writes);
    }

    [Fact]
    public async Task The_overdue_mark_is_refused_for_a_node_that_is_not_a_sub_district_and_audited_by_core_otherwise()
    {
        var job = new ChangeContext(0, "system", Now);
        var community = new Node { Id = 4, Level = NodeLevel.Community, Name = "印盒石社区", Path = "/1/3/4/" };
        var subDistrict = new Node { Id = 3, Level = NodeLevel.SubDistrict, Name = "牌楼街道", Path = "/1/3/" };

        var refused = await ReturnFiler.MarkOverdueAsync(_returns, community, Week, job);
        Assert.Equal([Core.Common.ValidationCodes.NotASubDistrict], refused.Errors.Select(e => e.Code));
        Assert.Empty(_returns.Writes);

        Assert.True((await ReturnFiler.MarkOverdueAsync(_returns, subDistrict, Week, job)).Value);
        var (_, marked, audit) = Assert.Single(_returns.Writes);
        // The draft was created by the mark: its creation and the mark, both for the new return.
        Assert.Equal([AuditActions.Create, AuditActions.MarkOverdue], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(marked.Id, e.EntityId));
        Assert.Equal("2026-11-27 03:00:00", audit[1].NewValue);
    }

    [Fact]
    public async Task A_household_count_changed_alone_is_saved_and_audited()
    {
        var stored = _returns.Seed(ReturnWorkflowService.Working(Context(null, TwoEstates)));
        var edit = Edit(stored.Version, r => r[12].Households = 85);
        edit.ProgressNarrative = stored.ProgressNarrative;

        var result = await Service.SaveAsync(Context(stored, TwoEstates), edit, submit: false, Officer);

        // It used to be neither: the diff left households out, so a lone count change read as "no changes".
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        var (_, written, audit) = _returns.Writes.Single();
        Assert.Equal(85, written.Rows.Single(r => r.EstateId == 12).Households);
        var entry = Assert.Single(audit, e => e.Field == "Rows[牌楼新村].Households");
        Assert.Equal(("80", "85"), (entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_writes_nothing()
    {
        var stored = _returns.Seed(ReturnWorkflowService.Working(Context(null, TwoEstates)));

        var result = await Service.SaveAsync(Context(stored, TwoEstates), Edit(stored.Version + 1), submit: false, Officer);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Empty(_returns.Writes);
    }

    [Fact]
    public async Task An_emptied_household_box_is_refused_with_a_code_naming_the_cell_and_nothing_is_written()
    {
        var result = await Service.SaveAsync(Context(null, TwoEstates), Edit(0, r => r[11].Households = null), submit: false, Officer);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("Rows[11].Households", ReturnErrors.Required), (error.Field, error.Code));
        Assert.False(result.AsDomainResult().Succeeded);
        Assert.Empty(_returns.Writes);
    }

    [Fact]
    public async Task A_draft_may_break_the_submission_rules_a_submission_may_not()
    {
        // Struck off without a mode, the six haves or a date: a draft keeps it, a submission is refused.
        void StruckOffBare(Dictionary<long, ReturnRowEdit> rows) => rows[11].IsStruckOff = true;

        var draft = await Service.SaveAsync(Context(null, TwoEstates), Edit(0, StruckOffBare), submit: false, Officer);
        Assert.Equal(SaveOutcome.Saved, draft.Outcome);

        var stored = (await _returns.GetAsync(3, Week))!;
        var writes = _returns.Writes.Count;
        var submit = await Service.SaveAsync(Context(stored, TwoEstates), Edit(stored.Version, StruckOffBare), submit: true, Officer);
        Assert.Equal(SaveOutcome.Invalid, submit.Outcome);
        Assert.Contains(submit.Errors, e => e.Code == ReturnErrors.StruckOffNeedsMode && e.Field == "Rows[11].Mode");
        Assert.Equal(writes, _returns.Writes.Count);
    }

    [Fact]
    public async Task A_reviewer_may_not_submit_and_an_officer_may_not_accept()
    {
        var submit = await Service.SaveAsync(Context(null, TwoEstates), Edit(0), submit: true, Reviewer);
        Assert.Equal(SaveOutcome.Refused, submit.Outcome);
        Assert.Equal(ReturnWorkflow.NotAllowedForRole, Assert.Single(submit.Errors).Code);

        var stored = _returns.Seed(Submitted());
        var accept = await Service.ReviewAsync(Context(stored, TwoEstates), ReturnAction.Accept, new ReturnReview { Version = stored.Version }, Officer);
        Assert.Equal(SaveOutcome.Refused, accept.Outcome);
        Assert.Equal(ReturnWorkflow.NotAllowedForRole, Assert.Single(accept.Errors).Code);
        Assert.Empty(_returns.Writes);
    }

    [Fact]
    public async Task Submitting_stamps_the_officer_clears_the_row_reasons_and_audits_the_status()
    {
        var sentBack = Submitted();
        sentBack.Status = ReturnStatus.SentBack;
        sentBack.Rows[0].ReviewReason = "户数不对";
        var stored = _returns.Seed(sentBack);

        var result = await Service.SaveAsync(Context(stored, TwoEstates), Edit(stored.Version), submit: true, Officer);

        Assert.Equal(SaveOutcome.Submitted, result.Outcome);
        var (_, written, audit) = _returns.Writes.Single();
        Assert.Equal(ReturnStatus.Submitted, written.Status);
        Assert.Equal("牌楼街道填报员", written.SubmittedByName);
        Assert.All(written.Rows, r => Assert.Null(r.ReviewReason));
        Assert.Contains(audit, e => e.Field == nameof(WeeklyReturn.Status) && e.NewValue == nameof(ReturnStatus.Submitted));
    }

    [Fact]
    public async Task Sending_back_needs_a_reason_and_the_row_reasons_make_one_up()
    {
        var stored = _returns.Seed(Submitted());

        var bare = await Service.ReviewAsync(Context(stored, TwoEstates), ReturnAction.SendBack, new ReturnReview { Version = stored.Version }, Reviewer);
        Assert.Equal(ReturnWorkflow.ReasonRequired, Assert.Single(bare.Errors).Code);
        Assert.Empty(_returns.Writes);

        var byRow = new ReturnReview { Version = stored.Version, RowReasons = new() { [12] = "户数与台账不符" } };
        var result = await Service.ReviewAsync(Context(stored, TwoEstates), ReturnAction.SendBack, byRow, Reviewer);

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        var written = _returns.Writes.Single().Return;
        Assert.Equal(ReturnStatus.SentBack, written.Status);
        Assert.Equal("牌楼新村：户数与台账不符", written.ReviewReason);
        Assert.Equal("户数与台账不符", written.Rows.Single(r => r.EstateId == 12).ReviewReason);
    }

    [Fact]
    public async Task A_reason_past_its_limit_is_refused_before_the_workflow_is_asked()
    {
        var stored = _returns.Seed(Submitted());
        var review = new ReturnReview { Version = stored.Version, Reason = new string('长', ReturnReview.MaxReasonLength + 1) };

        var result = await Service.ReviewAsync(Context(stored, TwoEstates), ReturnAction.SendBack, review, Reviewer);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Equal(ReturnErrors.NarrativeTooLong, Assert.Single(result.Errors).Code);
        Assert.Empty(_returns.Writes);
    }

    [Fact]
    public async Task Accepting_freezes_the_week_and_strikes_the_newly_covered_estate_off_the_registry_in_the_same_write()
    {
        var submitted = Submitted();
        var row = submitted.Rows.Single(r => r.EstateId == 11);
        row.IsStruckOff = true;
        row.StruckOffDate = Week.AddDays(-1);
        row.Mode = ManagementMode.CommunityTrusteeship;
        row.SixHaves = SixHaves.All;
        var stored = _returns.Seed(submitted);
        var context = Context(stored, TwoEstates, new Dictionary<long, RegistryFacts>
        {
            [11] = new() { EstateId = 11, Status = ManagementStatus.Unmanaged },
            [12] = new() { EstateId = 12, Status = ManagementStatus.Unmanaged },
        });

        var result = await Service.ReviewAsync(context, ReturnAction.Accept, new ReturnReview { Version = stored.Version }, Reviewer);

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        var (snapshot, registry) = _returns.Accepted.Single();
        Assert.Equal(1, snapshot.Covered);
        Assert.Equal("11", snapshot.CoveredEstateIds);
        var update = Assert.Single(registry);
        Assert.Equal((11L, ManagementMode.CommunityTrusteeship, Week.AddDays(-1)), (update.EstateId, update.Mode, update.StruckOffDate!.Value));
        var audit = _returns.Writes.Single().Audit;
        Assert.Contains(audit, e => e.EntityType == AuditEntities.WeeklyReturn && e.NewValue == nameof(ReturnStatus.Accepted));
        Assert.Contains(audit, e => e.EntityType == EstateAudit.EntityType && e.EntityId == 11 && e.UserName == "区住建局审核员");
    }

    [Fact]
    public async Task Reviewing_a_week_with_nothing_stored_is_refused_from_draft()
    {
        var result = await Service.ReviewAsync(Context(null, TwoEstates), ReturnAction.Accept, new ReturnReview(), Reviewer);

        Assert.Equal(SaveOutcome.Refused, result.Outcome);
        Assert.Equal(ReturnWorkflow.NotAllowedFromStatus, Assert.Single(result.Errors).Code);
        Assert.Empty(_returns.Writes);
    }

    [Fact]
    public async Task A_locked_return_is_not_saved()
    {
        var stored = _returns.Seed(Submitted());

        var result = await Service.SaveAsync(Context(stored, TwoEstates), Edit(stored.Version), submit: false, Officer);

        Assert.Equal(SaveOutcome.Locked, result.Outcome);
        Assert.Empty(_returns.Writes);
    }

    private static WeeklyReturn Submitted()
    {
        var r = ReturnWorkflowService.Working(Context(null, TwoEstates));
        r.Status = ReturnStatus.Submitted;
        r.FirstSubmittedUtc = r.LastSubmittedUtc = Now.AddHours(-1);
        return r;
    }
}
