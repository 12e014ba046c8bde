using DistrictPortal.Core.Estates;
using DistrictPortal.Data.SqlServer;

namespace DistrictPortal.Db.Tests;

/// <summary>The registry status an accepted return's strike-off writes, by mode (must equal the SQLite twin's table).</summary>
public sealed class StrikeOffStatusTests
{
    [Theory]
    [InlineData(ManagementMode.PropertyEnterprise, ManagementStatus.Professional)]
    [InlineData(ManagementMode.SubDistrictPackage, ManagementStatus.Professional)]
    [InlineData(ManagementMode.CommitteeSelfManaged, ManagementStatus.UnitSelfManaged)]
    [InlineData(ManagementMode.CommunityTrusteeship, ManagementStatus.UnitSelfManaged)]
    public void Each_way_off_the_list_has_its_status(ManagementMode mode, ManagementStatus status) =>
        Assert.Equal(status, StrikeOffStatus.For(mode));

    [Fact]
    public void No_mode_strikes_nothing_off() =>
        Assert.Throws<ArgumentException>(() => StrikeOffStatus.For(ManagementMode.None));
}
