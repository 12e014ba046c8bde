using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Core.Tests.Retrofit;

public class TargetSplitterTests
{
    [Fact]
    public void P8_targets_are_one_five_and_four_million_square_metres_ten_million_in_all()
    {
        Assert.Equal([1_000_000L, 5_000_000L, 4_000_000L], ProgrammeTargets.YearlyArea);
        Assert.Equal(ProgrammeTargets.TotalArea, ProgrammeTargets.YearlyArea.Sum());
        Assert.Equal(1_000_000, ProgrammeTargets.CumulativeArea(1));
        Assert.Equal(6_000_000, ProgrammeTargets.CumulativeArea(2));
        Assert.Equal(10_000_000, ProgrammeTargets.CumulativeArea(3));
        Assert.Equal(10_000_000, ProgrammeTargets.CumulativeArea(4));
        Assert.Equal(0, ProgrammeTargets.CumulativeArea(0));
        Assert.Equal(5, ProgrammeTargets.Districts.Count);
    }

    [Fact]
    public void Year_one_among_the_five_districts_is_200000_each() =>
        Assert.Equal([200_000L, 200_000, 200_000, 200_000, 200_000], TargetSplitter.Split(1_000_000, 5));

    [Fact]
    public void Ten_million_among_three_gives_the_odd_square_metre_to_the_first() =>
        Assert.Equal([3_333_334L, 3_333_333, 3_333_333], TargetSplitter.Split(ProgrammeTargets.TotalArea, 3));

    [Fact]
    public void Largest_remainder_goes_first_then_list_order_breaks_ties()
    {
        // 5,000,000 × 3/7 = 2,142,857.14…; × 2/7 = 1,428,571.43… twice: one m² left, to the earlier of the two .43s.
        Assert.Equal([2_142_857L, 1_428_572, 1_428_571], TargetSplitter.Split(5_000_000, [3m, 2m, 2m]));
        // 10 by 1:1:4 → 1.67, 1.67, 6.67: floors 1, 1, 6; two left go to the first two (ties, list order).
        Assert.Equal([2L, 2, 6], TargetSplitter.Split(10, [1m, 1m, 4m]));
        // 100 by 1:2:3:4 (households, say) divides exactly.
        Assert.Equal([10L, 20, 30, 40], TargetSplitter.Split(100, [1m, 2m, 3m, 4m]));
    }

    [Fact]
    public void Parts_always_add_up_to_the_target()
    {
        var random = new Random(20261127);
        for (var trial = 0; trial < 500; trial++)
        {
            var total = random.NextInt64(0, 20_000_000);
            var weights = Enumerable.Range(0, random.Next(1, 12)).Select(_ => (decimal)random.Next(0, 5000) + 1).ToArray();
            var parts = TargetSplitter.Split(total, weights);
            Assert.Equal(total, parts.Sum());
            Assert.All(parts, p => Assert.True(p >= 0));
        }
    }

    [Fact]
    public void A_zero_weight_child_gets_nothing_and_bad_input_is_refused()
    {
        Assert.Equal([0L, 7], TargetSplitter.Split(7, [0m, 1m]));
        Assert.Throws<ArgumentException>(() => TargetSplitter.Split(7, [0m, 0m]));
        Assert.Throws<ArgumentException>(() => TargetSplitter.Split(7, [-1m, 2m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetSplitter.Split(7, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetSplitter.Split(-1, 2));
    }
}
