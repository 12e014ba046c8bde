using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Core.Tests.Fakes;

namespace DistrictPortal.Core.Tests.Returns;

/// <summary>
/// The shared return (P11: 街道负责、社区落实): a community officer changes only its community's rows and marks its part
/// done; the sub-district sees who is done and submits the whole, warned of the rest.
/// </summary>
public sealed class ReturnShareTests
{
    private static readonly DateOnly Week = RowBuilder.WeekEnding;
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Node SubDistrict = new() { Id = 3, Level = NodeLevel.SubDistrict, Name = "牌楼街道", Path = "/1/2/3/" };
    private static readonly Node Yinheshi = new() { Id = 30, ParentId = 3, Level = NodeLevel.Community, Name = "印盒石社区", Path = "/1/2/3/30/" };
    private static readonly ReturnActor Community = new(new ChangeContext(31, "yinheshi", Now), Role.CommunityOfficer, "印盒石社区专干");
    private static readonly ReturnActor Officer = new(new ChangeContext(7, "pailou", Now), Role.SubDistrictOfficer, "牌楼街道报送员");

    // 11 and 12 are 印盒石's, 21 is 太平's.
    private static readonly (long Id, string Name, string Community)[] Estates =
        [(11, "印盒石一区", "印盒石社区"), (12, "印盒石二区", "印盒石社区"), (21, "太平新村", "太平社区")];

    private readonly InMemoryReturns _returns = new();
    private readonly InMemoryEstatesAndTrails _estates = new();
    private readonly InMemoryShares _shares;
    private readonly List<Notice> _told = [];
    private ReturnShareService Service => new(new ReturnWorkflowService(_returns, _estates, _estates), _shares, _returns, new Told(_told));

    public ReturnShareTests() => _shares = new InMemoryShares(_returns);

    private static ReturnContext Context(WeeklyReturn? stored) => new()
    {
        SubDistrict = SubDistrict,
        WeekEnding = Week,
        Campaign = new Campaign { Id = 1, Name = "清零行动", StartDate = new DateOnly(2026, 9, 1) },
        Calendar = new ReportingCalendar(HolidayCalendar.None),
        Estates = Estates.Select(e => new CampaignEstate
            { CampaignId = 1, EstateId = e.Id, SubDistrictId = 3, EstateName = e.Name, CommunityName = e.Community, Households = 100 }).ToList(),
        Stored = stored,
        LastAccepted = null,
        NowUtc = Now,
        Registry = new Dictionary<long, RegistryFacts>(),
        Tracks = new Dictionary<long, CommitteeTrack>(),
    };

    private WeeklyReturn Seeded(ReturnStatus status = ReturnStatus.Draft)
    {
        var draft = ReturnWorkflowService.Working(Context(null));
        draft.ProgressNarrative = "街道写的本周进展";
        draft.Status = status;
        return _returns.Seed(draft);
    }

    private static ReturnEdit Edit(long version, params long[] ids) => new()
    {
        Version = version,
        Rows = ids.ToDictionary(id => id, id => new ReturnRowEdit { Households = 100, Mode = ManagementMode.CommunityTrusteeship, Blockers = $"社区填的{id}" }),
    };

    [Theory]
    [InlineData(Role.CommunityOfficer, "/1/2/3/30/", 30L)]
    [InlineData(Role.CommunityOfficer, "/1/2/4/40/", null)] // a community of another sub-district
    [InlineData(Role.CommunityOfficer, "/1/2/3/", null)]    // scoped to the sub-district itself
    [InlineData(Role.CommunityOfficer, "/1/2/3/30/99/", null)]
    [InlineData(Role.SubDistrictOfficer, "/1/2/3/30/", null)]
    [InlineData(Role.OwnersCommitteeMember, "/1/2/3/30/", null)]
    [InlineData(Role.LeadingGroupMember, "/1/2/3/30/", null)]
    public void Only_a_community_officer_of_a_community_directly_under_the_sub_district_shares_its_return(Role role, string scope, long? expected) =>
        Assert.Equal(expected, ReturnShare.CommunityOf(role, scope, SubDistrict));

    [Fact]
    public async Task A_community_saves_its_own_rows_leaves_the_narratives_and_other_rows_alone_and_is_then_in_progress()
    {
        var stored = Seeded();
        var edit = Edit(stored.Version, 11, 12);
        edit.ProgressNarrative = "社区不能改这段";

        var result = await Service.SaveAsync(Context(stored), Yinheshi, edit, Community);

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        var saved = _returns.Writes.Single().Return;
        Assert.Equal("街道写的本周进展", saved.ProgressNarrative);
        Assert.Equal(["社区填的11", "社区填的12", null], saved.Rows.OrderBy(r => r.EstateId).Select(r => r.Blockers));
        Assert.DoesNotContain(_returns.Writes.Single().Audit, e => e.Field!.Contains("太平新村", StringComparison.Ordinal));
        var part = Assert.Single(_shares.Parts);
        Assert.Equal((CommunityPartState.InProgress, "印盒石社区专干", 30L), (part.State, part.StartedByName, part.CommunityId));
        Assert.Equal("Communities[印盒石社区].State", Assert.Single(_shares.Audit).Field);
    }

    [Fact]
    public async Task A_crafted_post_for_another_communitys_row_is_refused_whole_and_nothing_is_written()
    {
        var stored = Seeded();

        var result = await Service.SaveAsync(Context(stored), Yinheshi, Edit(stored.Version, 11, 21), Community);

        Assert.Equal(SaveOutcome.Refused, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ReturnShare.NotYourCommunity, "Rows[21].EstateId", "太平新村"), (error.Code, error.Field, (string)error.Args[0]));
        Assert.Empty(_returns.Writes);
        Assert.Empty(_shares.Parts);
    }

    [Fact]
    public async Task A_part_marked_done_is_read_only_to_the_community_until_it_withdraws_the_mark()
    {
        var stored = Seeded();
        Assert.True((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.MarkDone, 0, Community)).Succeeded);
        var part = Assert.Single(_shares.Parts);
        Assert.Equal((CommunityPartState.Done, 31L, "印盒石社区专干", Now), (part.State, part.DoneByUserId, part.DoneByName, part.DoneUtc));

        var refused = await Service.SaveAsync(Context(stored), Yinheshi, Edit(stored.Version, 11), Community);
        Assert.Equal(ReturnShare.AlreadyDone, Assert.Single(refused.Errors).Code);
        Assert.Empty(_returns.Writes);
        Assert.Equal(ReturnShare.AlreadyDone,
            Assert.Single((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.MarkDone, part.Version, Community)).Errors).Code);

        Assert.True((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.Withdraw, part.Version, Community)).Succeeded);
        Assert.Equal(CommunityPartState.InProgress, Assert.Single(_shares.Parts).State);
        Assert.Equal([("NotStarted", "Done"), ("Done", "InProgress")], _shares.Audit.Select(e => (e.OldValue, e.NewValue)));
    }

    [Theory]
    [InlineData(ReturnStatus.Submitted)]
    [InlineData(ReturnStatus.Accepted)]
    public async Task Once_the_sub_district_has_submitted_the_mark_can_be_neither_set_nor_withdrawn(ReturnStatus status)
    {
        var stored = Seeded(status);
        var mark = await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.MarkDone, 0, Community);
        Assert.Equal((ReturnShare.NotOpen, status), (Assert.Single(mark.Errors).Code, (ReturnStatus)mark.Errors[0].Args[0]));
        Assert.Empty(_shares.Parts);
    }

    [Fact]
    public async Task A_mark_that_loses_the_race_with_the_submit_is_refused_as_submitted_and_writes_and_tells_nothing()
    {
        var stored = Seeded();
        var read = Context(stored); // the community's page, read while the return was a draft
        var submitted = (await _returns.GetByIdAsync(stored.Id))!;
        ReturnWorkflow.Apply(submitted, ReturnAction.Submit, Role.SubDistrictOfficer, null, 7, "牌楼街道报送员", Now);
        await _returns.UpdateAsync(submitted, []);

        var mark = await Service.MarkAsync(read, Yinheshi, ShareAction.MarkDone, 0, Community);

        Assert.Equal((ReturnShare.NotOpen, ReturnStatus.Submitted), (Assert.Single(mark.Errors).Code, (ReturnStatus)mark.Errors[0].Args[0]));
        Assert.Empty(_shares.Parts);
        Assert.Empty(_shares.Audit);
        Assert.Empty(_told);
    }

    [Fact]
    public async Task A_mark_is_told_to_the_sub_districts_officers_once_and_a_withdrawal_is_not()
    {
        var stored = Seeded();
        Assert.True((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.MarkDone, 0, Community)).Succeeded);
        var notice = Assert.Single(_told);
        Assert.Equal((NoticeKinds.ReturnCommunityDone, NoticeAudience.Officers, false),
            (notice.Kind, notice.Audience, notice.ToRobots));
        Assert.Equal(["牌楼街道", "2026-11-27", "印盒石社区", "印盒石社区专干"], notice.Args);
        Assert.Equal($"/returns/3/2026-11-27", notice.Link);
        Assert.StartsWith($"return-part-done:{stored.Id}:30:", notice.DedupKey, StringComparison.Ordinal);

        var part = Assert.Single(_shares.Parts);
        Assert.True((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.Withdraw, part.Version, Community)).Succeeded);
        Assert.Single(_told);
    }

    private sealed class Told(List<Notice> told) : IPortalNotices
    {
        public Task<int> RaiseAsync(Notice notice, DateTime atUtc)
        {
            told.Add(notice);
            return Task.FromResult(1);
        }
    }

    [Fact]
    public async Task Marking_needs_a_saved_return_a_community_officer_and_the_version_read()
    {
        Assert.Equal(ReturnShare.SaveFirst, Assert.Single((await Service.MarkAsync(Context(null), Yinheshi, ShareAction.MarkDone, 0, Community)).Errors).Code);
        var stored = Seeded();
        Assert.Equal(ReturnShare.NotForRole, Assert.Single((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.MarkDone, 0, Officer)).Errors).Code);
        Assert.Equal(ReturnShare.NotDone, Assert.Single((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.Withdraw, 0, Community)).Errors).Code);
        Assert.Equal(ReturnShare.Conflict, Assert.Single((await Service.MarkAsync(Context(stored), Yinheshi, ShareAction.MarkDone, 5, Community)).Errors).Code);
        Assert.Empty(_shares.Parts);
    }

    [Fact]
    public void A_community_officer_can_never_submit_accept_or_send_back()
    {
        foreach (var action in Enum.GetValues<ReturnAction>())
        {
            var from = action is ReturnAction.Reopen ? ReturnStatus.Accepted : action is ReturnAction.Submit ? ReturnStatus.Draft : ReturnStatus.Submitted;
            Assert.Equal(ReturnWorkflow.NotAllowedForRole, ReturnWorkflow.Decide(from, false, action, Role.CommunityOfficer, "理由").Error!.Code);
        }
    }

    [Fact]
    public void The_sub_district_sees_every_community_with_its_rows_and_state_and_is_warned_of_those_not_done()
    {
        var parts = new[]
        {
            new CommunityPart { CommunityId = 30, CommunityName = "印盒石社区", StartedUtc = Now, DoneUtc = Now, DoneByName = "印盒石社区专干" },
        };
        var shares = ReturnShare.Of(Context(null), parts);
        Assert.Equal([("太平社区", 1, CommunityPartState.NotStarted), ("印盒石社区", 2, CommunityPartState.Done)],
            shares.Select(s => (s.CommunityName, s.Rows, s.State)).OrderBy(s => s.Item2));
        Assert.Equal(["太平社区"], ReturnShare.Outstanding(shares));
        parts[0].DoneUtc = null;
        Assert.Equal(CommunityPartState.InProgress, ReturnShare.Of(Context(null), parts).Single(s => s.CommunityName == "印盒石社区").State);
        Assert.Equal(2, ReturnShare.Outstanding(ReturnShare.Of(Context(null), parts)).Count);
    }
}

/// <summary>The community parts in memory, version-checked as both databases do, and written only while the return keeps the status read.</summary>
internal sealed class InMemoryShares(InMemoryReturns? returns = null) : IReturnShareRepository
{
    public List<CommunityPart> Parts { get; } = [];
    public List<AuditEntry> Audit { get; } = [];

    public Task<IReadOnlyList<CommunityPart>> ListAsync(long weeklyReturnId) =>
        Task.FromResult<IReadOnlyList<CommunityPart>>(Parts.Where(p => p.WeeklyReturnId == weeklyReturnId).Select(p => p.Clone()).ToList());

    public async Task SaveAsync(CommunityPart part, ReturnStatus returnStatus, IReadOnlyList<AuditEntry> audit)
    {
        var stored = Parts.FirstOrDefault(p => p.WeeklyReturnId == part.WeeklyReturnId && p.CommunityId == part.CommunityId);
        if ((stored?.Version ?? 0) != part.Version
            || (returns is not null && await returns.GetByIdAsync(part.WeeklyReturnId) is { } weekly && weekly.Status != returnStatus))
            throw new ConcurrencyConflictException("WeeklyReturn", part.WeeklyReturnId);
        if (stored is not null)
            Parts.Remove(stored);
        var copy = part.Clone();
        copy.Version = part.Version + 1;
        Parts.Add(copy);
        Audit.AddRange(audit);
    }
}
