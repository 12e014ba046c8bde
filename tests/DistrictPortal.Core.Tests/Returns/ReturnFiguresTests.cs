using DistrictPortal.Core.Returns;
using static DistrictPortal.Core.Tests.Returns.RowBuilder;

namespace DistrictPortal.Core.Tests.Returns;

public class ReturnFiguresTests
{
    [Fact]
    public void Figures_are_derived_from_the_rows_with_the_estates_behind_each()
    {
        var rows = new[]
        {
            StruckOff(1, new DateOnly(2026, 10, 9), households: 120),  // earlier week
            StruckOff(2, new DateOnly(2026, 11, 21), households: 80),  // Saturday: first day of this week
            StruckOff(3, new DateOnly(2026, 11, 27), households: 40),  // Friday: last day of this week
            With(Open(4), r => r.CommitteeElectedDate = new DateOnly(2026, 11, 2)),
            Open(5),
            Open(6),
        };
        rows[0].CommitteeElectedDate = new DateOnly(2026, 9, 1);

        var f = ReturnFigures.Compute(rows, WeekEnding);

        Assert.Equal(6, f.Baseline.Value);
        Assert.Equal([1L, 2, 3, 4, 5, 6], f.Baseline.EstateIds);
        Assert.Equal(3, f.Covered.Value);
        Assert.Equal([1L, 2, 3], f.Covered.EstateIds);
        Assert.Equal(3, f.Remaining.Value);
        Assert.Equal([4L, 5, 6], f.Remaining.EstateIds);
        Assert.Equal(50.0m, f.PercentCleared);
        Assert.Equal([2L, 3], f.NewlyCovered.EstateIds);
        Assert.Equal(2, f.NewlyCovered.Value);
        Assert.Equal([1L, 4], f.CommitteesFormed.EstateIds);
        Assert.Equal(240, f.HouseholdsCovered.Value);
        Assert.Equal([1L, 2, 3], f.HouseholdsCovered.EstateIds);
    }

    [Fact]
    public void Struck_off_on_the_Friday_before_the_week_is_not_new_this_week()
    {
        var f = ReturnFigures.Compute([StruckOff(1, new DateOnly(2026, 11, 20))], WeekEnding);
        Assert.Equal(1, f.Covered.Value);
        Assert.Equal(0, f.NewlyCovered.Value);
    }

    [Fact]
    public void A_committee_elected_after_the_week_ending_is_not_counted_yet()
    {
        var f = ReturnFigures.Compute([With(Open(1), r => r.CommitteeElectedDate = new DateOnly(2026, 11, 28))], WeekEnding);
        Assert.Equal(0, f.CommitteesFormed.Value);
    }

    [Theory]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 3, "33.3")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 16, "6.3")]   // 6.25: midpoint goes away from zero, not to even (6.2)
    [InlineData(3, 16, "18.8")]  // 18.75
    [InlineData(0, 5, "0.0")]
    [InlineData(5, 5, "100.0")]
    [InlineData(175, 176, "99.4")]
    public void Percent_cleared_is_one_decimal_midpoint_away_from_zero(int covered, int baseline, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReturnFigures.Percent(covered, baseline));

    [Fact]
    public void No_list_has_no_percentage()
    {
        var f = ReturnFigures.Compute([], WeekEnding);
        Assert.Null(f.PercentCleared);
        Assert.Equal(0, f.Baseline.Value);
        Assert.Empty(f.Covered.EstateIds);
    }

    [Fact]
    public void Compute_from_a_return_uses_its_week()
    {
        var r = Return(StruckOff(1, new DateOnly(2026, 11, 23)), Open(2));
        var f = ReturnFigures.Compute(r);
        Assert.Equal(1, f.NewlyCovered.Value);
        Assert.Equal(50.0m, f.PercentCleared);
    }
}
