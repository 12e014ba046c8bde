using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Estates;

public class StrikeOffStatusTests
{
    [Theory]
    [InlineData(ManagementMode.PropertyEnterprise, ManagementStatus.Professional)]
    [InlineData(ManagementMode.SubDistrictPackage, ManagementStatus.Professional)]
    [InlineData(ManagementMode.CommitteeSelfManaged, ManagementStatus.UnitSelfManaged)]
    [InlineData(ManagementMode.CommunityTrusteeship, ManagementStatus.UnitSelfManaged)]
    public void Each_of_the_four_ways_leaves_the_unmanaged_list(ManagementMode mode, ManagementStatus expected)
    {
        var status = StrikeOffStatus.For(mode);

        Assert.Equal(expected, status);
        Assert.NotEqual(ManagementStatus.Unmanaged, status);
    }

    [Fact]
    public void Struck_off_without_a_mode_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => StrikeOffStatus.For(ManagementMode.None));
        Assert.Contains("four modes", error.Message);
    }
}
