using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Tests.Estates;

public sealed class RegistrySubtotalsTests
{
    [Theory]
    [InlineData("/1/", null, NodeLevel.SubDistrict)]       // the city
    [InlineData("/1/2/", null, NodeLevel.SubDistrict)]     // a district: 牌楼 is one of its sub-districts
    [InlineData("/1/2/15/", null, NodeLevel.Community)]    // 牌楼街道 itself: the P5 table's nine communities
    [InlineData("/1/2/15/40/", null, NodeLevel.Community)] // one community
    [InlineData("/1/2/", 40L, NodeLevel.Community)]        // a district user who chose one community
    [InlineData("", null, NodeLevel.SubDistrict)]          // no scope: matches nothing, rows of either kind are empty
    public void Rows_are_per_community_up_to_one_sub_district_and_per_sub_district_above(string scopePath, long? communityId, NodeLevel expected) =>
        Assert.Equal(expected, RegistrySubtotals.LevelFor(scopePath, communityId));
}
