using DistrictPortal.Core.Funding;

namespace DistrictPortal.Core.Tests.Funding;

public class FundingReconciliationTests
{
    private static CostItem Cost(long node, CostCategory category, decimal amount, bool final = true,
        HardshipApplication hardship = HardshipApplication.None) =>
        new() { NodeId = node, Category = category, Amount = amount, IsFinalAccount = final, Hardship = hardship };

    private static Payment Paid(long node, Payer payer, decimal amount) => new() { NodeId = node, Payer = payer, Amount = amount };

    private static readonly CostItem[] Costs =
    [
        Cost(19, CostCategory.HardwareConfiguration, 50_000m),
        Cost(19, CostCategory.EnvironmentWorks, 100_000.01m),          // city 50,000.00 / district 50,000.01
        Cost(19, CostCategory.EnvironmentWorks, 40_000m, final: false), // no final accounts yet: not owed
        Cost(19, CostCategory.HousingCommonParts, 30_000m),            // property-right unit
        Cost(19, CostCategory.WaivedFees, 8_000m),
        Cost(20, CostCategory.PostSubsidy, 1_000m),
    ];

    [Fact]
    public void Owed_comes_from_final_splits_and_paid_from_payments()
    {
        var r = FundingReconciliation.ForNode(19, Costs, [Paid(19, Payer.City, 50_000m), Paid(19, Payer.SpecialFunds, 50_000m)]);

        Assert.Equal(50_000.00m, r.For(Payer.City).Owed);
        Assert.Equal(50_000.01m, r.For(Payer.District).Owed);
        Assert.Equal(50_000m, r.For(Payer.SpecialFunds).Owed);
        Assert.Equal(30_000m, r.For(Payer.PropertyRightUnit).Owed);
        Assert.Equal(8_000m, r.Waived);
        Assert.Equal(40_000m, r.Provisional);
        Assert.Equal(0m, r.For(Payer.City).Balance);
        Assert.Equal(50_000.01m, r.For(Payer.District).Balance);
        Assert.Equal(180_000.01m, r.TotalOwed);
        Assert.False(r.IsSettled);
        Assert.True(r.IsMatchingOutOfStep); // the city has paid its half, the district nothing
        Assert.True(r.IsImbalanced);
    }

    [Fact]
    public void Matching_payments_are_in_step_even_before_settlement()
    {
        var r = FundingReconciliation.ForNode(19, Costs, [Paid(19, Payer.City, 20_000m), Paid(19, Payer.District, 20_000.01m)]);
        Assert.False(r.IsMatchingOutOfStep);
        Assert.False(r.IsImbalanced);
        Assert.False(r.IsSettled);
    }

    [Fact]
    public void Settled_when_everyone_has_paid_what_they_owe()
    {
        var r = FundingReconciliation.ForNode(20, Costs, [Paid(20, Payer.City, 500m), Paid(20, Payer.District, 500m)]);
        Assert.True(r.IsSettled);
        Assert.False(r.IsImbalanced);
    }

    [Fact]
    public void Paying_more_than_owed_is_an_imbalance()
    {
        var r = FundingReconciliation.ForNode(20, Costs, [Paid(20, Payer.City, 500m), Paid(20, Payer.District, 500m), Paid(20, Payer.PropertyRightUnit, 1m)]);
        Assert.True(r.For(Payer.PropertyRightUnit).IsOverpaid);
        Assert.Equal(-1m, r.For(Payer.PropertyRightUnit).Balance);
        Assert.True(r.IsImbalanced);
    }

    [Fact]
    public void By_node_covers_nodes_with_only_payments_too()
    {
        var all = FundingReconciliation.ByNode(Costs, [Paid(21, Payer.City, 10m)]);
        Assert.Equal([19L, 20, 21], all.Select(r => r.NodeId).ToArray());
        Assert.True(all[2].For(Payer.City).IsOverpaid);
    }

    [Theory]
    [InlineData(0, 0)]                     // nothing paid by either level: 0% each (the old rule flagged the odd cent)
    [InlineData(50_000.00, 50_000.01)]     // both settled
    [InlineData(25_000.00, 25_000.01)]     // half each, the odd cent with the district
    [InlineData(25_000.00, 25_000.00)]     // half each, the odd cent not yet paid
    public void Odd_cent_lines_paid_in_the_same_share_are_in_step(decimal city, decimal district)
    {
        var costs = new[] { Cost(30, CostCategory.EnvironmentWorks, 100_000.01m) }; // city 50,000.00 / district 50,000.01
        var r = FundingReconciliation.ForNode(30, costs, [Paid(30, Payer.City, city), Paid(30, Payer.District, district)]);
        Assert.False(r.IsMatchingOutOfStep);
        Assert.False(r.IsImbalanced);
    }

    [Theory]
    [InlineData(25_000.00, 0)]
    [InlineData(0, 0.02)]
    [InlineData(50_000.00, 49_999.00)]
    public void Shares_apart_by_more_than_the_odd_cent_are_out_of_step(decimal city, decimal district)
    {
        var costs = new[] { Cost(30, CostCategory.EnvironmentWorks, 100_000.01m) };
        var r = FundingReconciliation.ForNode(30, costs, [Paid(30, Payer.City, city), Paid(30, Payer.District, district)]);
        Assert.True(r.IsMatchingOutOfStep);
    }
}
