using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Returns;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>The return workflow raises a reviewer's decision as a notice after its write, and a refused one raises nothing.</summary>
public sealed class ReturnDecisionNoticeTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);
    private static readonly ReturnActor Reviewer = new(new ChangeContext(2, "reviewer", Now), Role.BureauReviewer, "区住建局审核员");
    private static readonly Node Pailou = new() { Id = 3, Level = NodeLevel.SubDistrict, Name = "牌楼街道", Path = "/1/3/" };

    private readonly InMemoryReturns _returns = new();
    private readonly InMemoryEstatesAndTrails _estates = new();
    private readonly Raised _notices = new();

    private ReturnWorkflowService Service => new(_returns, _estates, _estates, _notices);

    private static ReturnContext Context(WeeklyReturn? stored) => new()
    {
        SubDistrict = Pailou,
        WeekEnding = RowBuilder.WeekEnding,
        Campaign = new Campaign { Id = 1, Name = "清零行动", StartDate = new DateOnly(2026, 9, 1) },
        Calendar = new ReportingCalendar(HolidayCalendar.None),
        Estates = [new CampaignEstate { CampaignId = 1, EstateId = 11, SubDistrictId = 3, EstateName = "万安交通小区", Households = 120 }],
        Stored = stored,
        LastAccepted = null,
        NowUtc = Now,
        Registry = new Dictionary<long, RegistryFacts>(),
        Tracks = new Dictionary<long, CommitteeTrack>(),
    };

    private WeeklyReturn Submitted()
    {
        var r = ReturnWorkflowService.Working(Context(null));
        r.Status = ReturnStatus.Submitted;
        r.FirstSubmittedUtc = r.LastSubmittedUtc = Now.AddHours(-1);
        return _returns.Seed(r);
    }

    [Fact]
    public async Task A_send_back_is_told_with_its_reason_and_row_reasons_and_a_refused_one_tells_nobody()
    {
        var stored = Submitted();
        await Service.ReviewAsync(Context(stored), ReturnAction.SendBack, new ReturnReview { Version = stored.Version }, Reviewer);
        Assert.Empty(_notices.All);

        var review = new ReturnReview { Version = stored.Version, Reason = "请补充照片", RowReasons = new() { [11] = "户数与台账不符" } };
        await Service.ReviewAsync(Context(stored), ReturnAction.SendBack, review, Reviewer);

        var (notice, at) = Assert.Single(_notices.All);
        Assert.Equal((NoticeKinds.ReturnSentBack, NoticeAudience.Officers, Now), (notice.Kind, notice.Audience, at));
        Assert.Equal(["牌楼街道", "2026-11-27", "请补充照片", "万安交通小区：户数与台账不符", "区住建局审核员"], notice.Args);
        Assert.Same(Pailou, notice.SubDistrict);
    }

    [Fact]
    public async Task An_acceptance_is_told_and_a_stale_one_is_not()
    {
        var stored = Submitted();
        await Service.ReviewAsync(Context(stored), ReturnAction.Accept, new ReturnReview { Version = stored.Version + 1 }, Reviewer);
        Assert.Empty(_notices.All);

        await Service.ReviewAsync(Context(stored), ReturnAction.Accept, new ReturnReview { Version = stored.Version }, Reviewer);
        Assert.Equal(NoticeKinds.ReturnAccepted, Assert.Single(_notices.All).Notice.Kind);
    }

    private sealed class Raised : IPortalNotices
    {
        public List<(Notice Notice, DateTime At)> All { get; } = [];

        public Task<int> RaiseAsync(Notice notice, DateTime atUtc)
        {
            All.Add((notice, atUtc));
            return Task.FromResult(1);
        }
    }
}
