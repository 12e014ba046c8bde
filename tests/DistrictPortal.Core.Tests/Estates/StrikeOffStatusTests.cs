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

    /// <summary>单位自管 is a work unit's: an estate struck off to its owners' committee or community is shown by its mode.</summary>
    [Theory]
    [InlineData(ManagementStatus.UnitSelfManaged, ManagementMode.CommitteeSelfManaged, ManagementMode.CommitteeSelfManaged)]
    [InlineData(ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, ManagementMode.CommunityTrusteeship)]
    [InlineData(ManagementStatus.UnitSelfManaged, ManagementMode.None, null)]
    [InlineData(ManagementStatus.Professional, ManagementMode.PropertyEnterprise, null)]
    [InlineData(ManagementStatus.Unmanaged, ManagementMode.None, null)]
    public void Only_a_work_unit_is_shown_as_unit_self_managed(ManagementStatus status, ManagementMode mode, ManagementMode? shown)
    {
        Assert.Equal(shown, ShownStatus.ModeInsteadOf(status, mode));
        Assert.All(Enum.GetValues<ManagementMode>().Where(m => m != ManagementMode.None),
            m => Assert.NotEqual(ManagementStatus.UnitSelfManaged == StrikeOffStatus.For(m), ShownStatus.ModeInsteadOf(StrikeOffStatus.For(m), m) is null));
    }
}
