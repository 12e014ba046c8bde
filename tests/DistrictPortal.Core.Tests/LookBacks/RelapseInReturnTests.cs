using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Returns;

namespace DistrictPortal.Core.Tests.LookBacks;

/// <summary>After a relapse the return follows the registry: the next return, and a draft saved before it, show the estate not struck off.</summary>
public sealed class RelapseInReturnTests
{
    private static readonly DateOnly Week = RowBuilder.WeekEnding;

    private static ReturnContext Context(WeeklyReturn? stored, RegistryFacts registry, DateOnly? relapsedOn = null) => new()
    {
        Relapses = relapsedOn is { } day ? new Dictionary<long, DateOnly> { [11] = day } : new Dictionary<long, DateOnly>(),
        SubDistrict = new Node { Id = 3, Level = NodeLevel.SubDistrict, Name = "牌楼街道", Path = "/1/3/" },
        WeekEnding = Week,
        Campaign = new Campaign { Id = 1, Name = "清零行动", StartDate = new DateOnly(2026, 9, 1) },
        Calendar = new ReportingCalendar(HolidayCalendar.None),
        Estates = [new CampaignEstate { CampaignId = 1, EstateId = 11, SubDistrictId = 3, EstateName = "小区11", Households = 100 }],
        Stored = stored,
        NowUtc = new DateTime(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc),
        Registry = new Dictionary<long, RegistryFacts> { [11] = registry },
        Tracks = new Dictionary<long, CommitteeTrack>(),
    };

    private static readonly RegistryFacts Relapsed = new() { EstateId = 11, Status = ManagementStatus.Unmanaged, Mode = ManagementMode.None, SixHaves = SixHaves.Cleaning };

    [Fact]
    public void The_next_return_is_prefilled_not_struck_off()
    {
        var row = ReturnWorkflowService.Working(Context(null, Relapsed)).Rows.Single();

        Assert.Equal((false, (DateOnly?)null, ManagementMode.None, SixHaves.Cleaning), (row.IsStruckOff, row.StruckOffDate, row.Mode, row.SixHaves));
    }

    [Fact]
    public void A_draft_saved_before_the_relapse_follows_the_registry_but_a_strike_off_of_its_own_week_stays()
    {
        var before = RowBuilder.Return(RowBuilder.StruckOff(11, Week.AddDays(-14)));
        before.Status = ReturnStatus.Draft;
        var own = RowBuilder.Return(RowBuilder.StruckOff(11, Week.AddDays(-1)));
        own.Status = ReturnStatus.Draft;

        var followed = ReturnWorkflowService.Working(Context(before, Relapsed)).Rows.Single();
        var kept = ReturnWorkflowService.Working(Context(own, Relapsed)).Rows.Single();

        Assert.False(followed.IsStruckOff);
        Assert.Null(followed.StruckOffDate);
        Assert.False(before.Rows.Single().IsStruckOff == false, "the stored return itself is not changed");
        Assert.Equal((true, Week.AddDays(-1)), (kept.IsStruckOff, kept.StruckOffDate!.Value));
    }

    /// <summary>The return of the strike-off's own week, reopened after the look-back failed (返潮).</summary>
    private static WeeklyReturn ReopenedOwnWeek()
    {
        var reopened = RowBuilder.Return(RowBuilder.StruckOff(11, Week.AddDays(-1)));
        reopened.Status = ReturnStatus.Reopened;
        reopened.HasBeenAccepted = true;
        reopened.Version = 4;
        return reopened;
    }

    [Fact]
    public void A_reopened_return_of_the_strike_offs_own_week_follows_a_later_relapse()
    {
        var row = ReturnWorkflowService.Working(Context(ReopenedOwnWeek(), Relapsed, relapsedOn: Week.AddDays(12))).Rows.Single();

        Assert.Equal((false, (DateOnly?)null, ManagementMode.None, SixHaves.Cleaning), (row.IsStruckOff, row.StruckOffDate, row.Mode, row.SixHaves));
    }

    [Fact]
    public void A_strike_off_typed_after_the_relapse_day_is_a_new_one_and_stays()
    {
        var again = RowBuilder.Return(RowBuilder.StruckOff(11, Week));
        again.Status = ReturnStatus.Reopened;

        var row = ReturnWorkflowService.Working(Context(again, Relapsed, relapsedOn: Week.AddDays(-2))).Rows.Single();

        Assert.Equal((true, (DateOnly?)Week), (row.IsStruckOff, row.StruckOffDate));
    }

    [Fact]
    public async Task Resubmitting_and_accepting_the_reopened_week_after_a_relapse_does_not_strike_the_estate_off_again()
    {
        var store = new InMemoryReturns();
        var trails = new InMemoryEstatesAndTrails();
        var service = new ReturnWorkflowService(store, trails, trails);
        var stored = store.Seed(ReopenedOwnWeek());
        var officer = new ReturnActor(new ChangeContext(7, "officer", new DateTime(2026, 12, 20, 2, 0, 0, DateTimeKind.Utc)), Role.SubDistrictOfficer, "填报员");
        var reviewer = new ReturnActor(officer.Change with { UserId = 2 }, Role.BureauReviewer, "审核员");

        var submitted = await service.SaveAsync(Context(stored, Relapsed, Week.AddDays(12)), new ReturnEdit { Version = stored.Version, ProgressNarrative = "本周推进" }, submit: true, officer);
        Assert.Equal(SaveOutcome.Submitted, submitted.Outcome);
        var again = (await store.GetByIdAsync(stored.Id))!;
        var accepted = await service.ReviewAsync(Context(again, Relapsed, Week.AddDays(12)), ReturnAction.Accept,
            new ReturnReview { Version = again.Version }, reviewer);

        Assert.Equal(SaveOutcome.Saved, accepted.Outcome);
        Assert.False(accepted.Return.Rows.Single().IsStruckOff);
        Assert.DoesNotContain(store.Accepted.Single().Registry, u => u.StruckOffDate is not null);
    }
}
