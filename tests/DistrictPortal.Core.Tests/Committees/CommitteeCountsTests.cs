using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Tests.Committees;

public class CommitteeCountsTests
{
    private static CommitteeTrack Track(long community, int votes, bool consulted, bool committee = false, bool filed = false) => new()
    {
        EstateId = Random.Shared.NextInt64(), CommunityId = community, CommunityName = $"社区{community}", SubDistrictId = 9, SubDistrictName = "牌楼街道",
        Households = 100, VotesForProfessional = votes,
        ConsultationDate = consulted ? new DateOnly(2026, 6, 1) : null,
        CommitteeElectedDate = committee ? new DateOnly(2026, 7, 1) : null,
        FilingDate = filed ? new DateOnly(2026, 7, 10) : null,
    };

    [Fact]
    public void Need_one_is_a_professional_outcome_or_a_committee_already_formed()
    {
        CommitteeTrack[] tracks =
        [
            Track(1, 51, consulted: true, committee: true, filed: true), // professional, formed and filed
            Track(1, 60, consulted: true),                               // professional, none yet
            Track(1, 50, consulted: true),                               // exactly half: community-based, needs none
            Track(2, 0, consulted: false, committee: true),              // a committee from before the campaign
            Track(2, 90, consulted: false),                              // votes typed but no consultation held: pending
        ];

        var byCommunity = CommitteeCounts.ByCommunity(tracks);
        Assert.Equal([(1L, 3, 3, 2, 2, 1, 1), (2L, 2, 0, 0, 1, 1, 0)],
            byCommunity.Select(c => (c.NodeId, c.Estates, c.Consulted, c.Professional, c.NeedCommittee, c.Formed, c.Filed)).ToArray());
        Assert.Equal(50.0m, byCommunity[0].FormedPercent);

        var sub = Assert.Single(CommitteeCounts.BySubDistrict(tracks));
        Assert.Equal(("牌楼街道", 5, 3, 2, 66.7m), (sub.NodeName, sub.Estates, sub.NeedCommittee, sub.Formed, sub.FormedPercent));
        Assert.Null(CommitteeCounts.Total([Track(3, 0, consulted: true)], 3, "x").FormedPercent);
    }
}
