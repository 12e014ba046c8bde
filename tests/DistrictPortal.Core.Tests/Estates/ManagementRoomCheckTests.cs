using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Estates;

/// <summary>P8: a management room of at least 5‰ of the total floor area; required area rounded up to the cent of a m².</summary>
public class ManagementRoomCheckTests
{
    [Theory]
    [InlineData("10000", "50.00")]
    [InlineData("10001", "50.01")]   // 50.005 rounds up, never down in the estate's favour
    [InlineData("10000.01", "50.01")] // 50.00005
    [InlineData("1", "0.01")]        // 0.005
    [InlineData("0", "0")]
    [InlineData("-5", "0")]
    public void Required_area_is_five_per_mille_rounded_up_to_the_cent(string floor, string required) =>
        Assert.Equal(D(required), ManagementRoomCheck.RequiredArea(D(floor)));

    [Fact]
    public void Met_at_exactly_five_per_mille()
    {
        var r = ManagementRoomCheck.Evaluate(10_000m, 50m, isInterim: false);
        Assert.Equal(ManagementRoomOutcome.Met, r.Outcome);
        Assert.Equal(0m, r.Shortfall);
    }

    [Fact]
    public void Short_by_the_missing_area()
    {
        var r = ManagementRoomCheck.Evaluate(10_000m, 49.99m, isInterim: false);
        Assert.Equal(ManagementRoomOutcome.Short, r.Outcome);
        Assert.Equal(0.01m, r.Shortfall);

        var rounding = ManagementRoomCheck.Evaluate(10_001m, 50.00m, isInterim: false);
        Assert.Equal(ManagementRoomOutcome.Short, rounding.Outcome);
        Assert.Equal(0.01m, rounding.Shortfall);
    }

    [Fact]
    public void No_room_is_short_by_the_whole_requirement()
    {
        var r = ManagementRoomCheck.Evaluate(24_000m, null, isInterim: false);
        Assert.Equal(ManagementRoomOutcome.Short, r.Outcome);
        Assert.Equal(120m, r.Shortfall);
    }

    [Fact]
    public void A_rented_or_borrowed_room_below_five_per_mille_is_interim_with_its_shortfall()
    {
        var r = ManagementRoomCheck.Evaluate(10_000m, 30m, isInterim: true);
        Assert.Equal(ManagementRoomOutcome.Interim, r.Outcome);
        Assert.Equal(20m, r.Shortfall);
        Assert.Equal(50m, r.Required);
    }

    [Fact]
    public void Evaluate_reads_the_estate()
    {
        var estate = new Estate { FloorArea = 10_000m, ManagementRoomArea = 30m, IsManagementRoomInterim = true };
        Assert.Equal(ManagementRoomOutcome.Interim, ManagementRoomCheck.Evaluate(estate).Outcome);
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
