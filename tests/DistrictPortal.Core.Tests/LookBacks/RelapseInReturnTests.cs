using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Core.Tests.Returns;

namespace DistrictPortal.Core.Tests.LookBacks;

/// <summary>After a relapse the return follows the registry: the next return, and a draft saved before it, show the estate not struck off.</summary>
public sealed class RelapseInReturnTests
{
    private static readonly DateOnly Week = RowBuilder.WeekEnding;

    private static ReturnContext Context(WeeklyReturn? stored, RegistryFacts registry) => new()
    {
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
}
