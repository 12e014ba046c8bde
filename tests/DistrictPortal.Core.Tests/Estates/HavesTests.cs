using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Estates;

public class HavesTests
{
    [Fact]
    public void Six_haves_are_counted_and_complete_only_with_all_six()
    {
        Assert.Equal(0, Haves.Count(SixHaves.None));
        Assert.Equal(6, Haves.Count(SixHaves.All));
        Assert.Equal(2, Haves.Count(SixHaves.Cleaning | SixHaves.Parking));
        Assert.True(Haves.IsComplete(SixHaves.All));
        Assert.False(Haves.IsComplete(SixHaves.All & ~SixHaves.Security));
    }

    [Fact]
    public void Stray_bits_outside_the_six_are_ignored()
    {
        var stray = (SixHaves)(1 << 10) | SixHaves.Cleaning;
        Assert.Equal(1, Haves.Count(stray));
        Assert.True(Haves.IsComplete(SixHaves.All | (SixHaves)(1 << 10)));
    }

    [Fact]
    public void Eight_haves_are_counted_and_complete_only_with_all_eight()
    {
        Assert.Equal(8, Haves.Count(EightHaves.All));
        Assert.Equal(3, Haves.Count(EightHaves.ManagementRoom | EightHaves.Greening | EightHaves.RoadUpkeep));
        Assert.False(Haves.IsComplete(EightHaves.All & ~EightHaves.RepairManagement));
        Assert.Equal(0, Haves.Count((EightHaves)(1 << 12)));
    }
}
