using DistrictPortal.Core.Funding;

namespace DistrictPortal.Core.Tests.Funding;

/// <summary>P8 七、资金政策; one rounding rule for every 1:1 split: the district takes the odd cent.</summary>
public class FundingRulesTests
{
    [Theory]
    [InlineData("0.01", "0.00", "0.01")]
    [InlineData("0.02", "0.01", "0.01")]
    [InlineData("0.03", "0.01", "0.02")]
    [InlineData("0.00", "0.00", "0.00")]
    [InlineData("1234567.89", "617283.94", "617283.95")]
    [InlineData("1234567.88", "617283.94", "617283.94")]
    [InlineData("99999999999.99", "49999999999.99", "50000000000.00")]
    [InlineData("9999999999999999.99", "4999999999999999.99", "5000000000000000.00")] // decimal(18,2) at its largest
    public void Half_and_half_to_the_cent_adds_up_exactly(string total, string city, string district)
    {
        var t = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        var (c, d) = FundingRules.HalfAndHalf(t);
        Assert.Equal(decimal.Parse(city, System.Globalization.CultureInfo.InvariantCulture), c);
        Assert.Equal(decimal.Parse(district, System.Globalization.CultureInfo.InvariantCulture), d);
        Assert.Equal(t, c + d);
        Assert.True(d - c is 0m or 0.01m);
    }

    [Fact]
    public void Shares_print_with_two_decimals()
    {
        var (city, district) = FundingRules.HalfAndHalf(0.01m);
        Assert.Equal("0.00", city.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.01", district.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_cent_from_zero_to_ten_yuan_splits_exactly()
    {
        for (var cents = 0; cents <= 1000; cents++)
        {
            var total = cents / 100m;
            var (c, d) = FundingRules.HalfAndHalf(total);
            Assert.Equal(total, c + d);
            Assert.True(d >= c && d - c <= 0.01m);
        }
    }

    [Fact]
    public void Hardware_is_paid_from_the_special_funds()
    {
        var s = FundingRules.Split(CostCategory.HardwareConfiguration, 80_000.50m);
        Assert.Equal(80_000.50m, s.SpecialFunds);
        Assert.Equal(0m, s.City + s.District + s.PropertyRightUnit + s.Waived);
    }

    [Fact]
    public void Environment_works_are_shared_one_to_one_on_the_final_accounts()
    {
        var final = FundingRules.Split(CostCategory.EnvironmentWorks, 1_234_567.89m);
        Assert.Equal(617_283.94m, final.City);
        Assert.Equal(617_283.95m, final.District);
        Assert.False(final.IsProvisional);
        Assert.True(FundingRules.Split(CostCategory.EnvironmentWorks, 100m, isFinalAccount: false).IsProvisional);
    }

    [Theory]
    [InlineData(HardshipApplication.None)]
    [InlineData(HardshipApplication.Applied)]
    [InlineData(HardshipApplication.Rejected)]
    public void Housing_common_parts_without_an_approved_application_fall_wholly_to_the_property_right_unit(HardshipApplication status)
    {
        var s = FundingRules.Split(CostCategory.HousingCommonParts, 500_000.01m, status);
        Assert.Equal(500_000.01m, s.PropertyRightUnit);
        Assert.Equal(0m, s.City);
        Assert.Equal(0m, s.District);
    }

    [Fact]
    public void Housing_common_parts_with_an_approved_application_are_shared_one_to_one()
    {
        var s = FundingRules.Split(CostCategory.HousingCommonParts, 500_000.01m, HardshipApplication.Approved);
        Assert.Equal(250_000.00m, s.City);
        Assert.Equal(250_000.01m, s.District);
        Assert.Equal(0m, s.PropertyRightUnit);
    }

    [Fact]
    public void Waived_fees_are_recorded_with_nothing_to_pay()
    {
        var s = FundingRules.Split(CostCategory.WaivedFees, 12_000m);
        Assert.Equal(12_000m, s.Waived);
        Assert.Equal(0m, s.City + s.District + s.SpecialFunds + s.PropertyRightUnit);
    }

    [Theory]
    [InlineData(CostCategory.HardshipFeeRelief)]
    [InlineData(CostCategory.PostSubsidy)]
    public void Hardship_fee_relief_and_post_subsidies_are_shared_one_to_one(CostCategory category)
    {
        var s = FundingRules.Split(category, 3_600.07m);
        Assert.Equal(1_800.03m, s.City);
        Assert.Equal(1_800.04m, s.District);
    }

    [Fact]
    public void A_changed_final_account_re_splits_and_the_difference_is_what_each_owes_more()
    {
        var before = FundingRules.Split(CostCategory.EnvironmentWorks, 1_000_000.01m);
        var after = FundingRules.Split(CostCategory.EnvironmentWorks, 1_100_000.00m);
        Assert.Equal((500_000.00m, 500_000.01m), (before.City, before.District));
        Assert.Equal((550_000.00m, 550_000.00m), (after.City, after.District));

        var more = after.Minus(before);
        Assert.Equal(99_999.99m, more.Total);
        Assert.Equal(50_000.00m, more.City);
        Assert.Equal(49_999.99m, more.District);
        Assert.Equal(more.Total, more.City + more.District);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("0.001")]
    [InlineData("10.005")]
    public void Negative_amounts_and_fractions_of_a_cent_are_refused(string amount)
    {
        var a = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(FundingRules.IsValidAmount(a));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingRules.Split(CostCategory.EnvironmentWorks, a));
    }

    [Fact]
    public void The_rule_text_states_the_odd_cent_in_both_languages()
    {
        Assert.Contains("区级承担", FundingRules.RuleTextZh);
        Assert.Contains("1分", FundingRules.RuleTextZh);
        Assert.Contains("odd cent falls to the district", FundingRules.RuleTextEn);
    }
}
