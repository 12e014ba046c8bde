using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Core.Tests.Funding;

public sealed class FundingBoardTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Costs_and_payments_count_under_the_child_holding_the_projects_estate()
    {
        Node[] children = [new() { Id = 3, Name = "甲街道", Path = "/1/2/3/" }, new() { Id = 4, Name = "乙街道", Path = "/1/2/4/" }, new() { Id = 5, Name = "空街道", Path = "/1/2/5/" }];
        RetrofitProject[] projects = [new() { Id = 10, EstatePath = "/1/2/3/30/300/" }, new() { Id = 11, EstatePath = "/1/2/4/40/400/" }];
        CostItem[] costs =
        [
            new() { ProjectId = 10, Category = CostCategory.EnvironmentWorks, Amount = 1_234_567.89m, IsFinalAccount = true },
            new() { ProjectId = 10, Category = CostCategory.HousingCommonParts, Amount = 0.01m, Hardship = HardshipApplication.Approved },
            new() { ProjectId = 11, Category = CostCategory.HousingCommonParts, Amount = 0.03m },
        ];
        Payment[] payments = [new() { ProjectId = 10, Payer = Payer.City, Amount = 617_283.94m }, new() { ProjectId = 11, Payer = Payer.PropertyRightUnit, Amount = 0.03m }];

        var lines = FundingBoard.ByChild(children, projects, costs, payments);

        Assert.Equal(["甲街道", "乙街道"], lines.Select(l => l.Name));
        var a = lines[0].Reconciliation;
        // The district takes the odd cent of each 1:1 line: 617,283.95 + 0.01.
        Assert.Equal((617_283.94m, 617_283.96m), (a.For(Payer.City).Owed, a.For(Payer.District).Owed));
        Assert.Equal(1_234_567.90m, a.For(Payer.City).Owed + a.For(Payer.District).Owed);
        Assert.True(a.IsMatchingOutOfStep);
        Assert.True(lines[1].Reconciliation.IsSettled);
        var total = FundingBoard.Total(new Node { Id = 2, Path = "/1/2/" }, projects, costs, payments).Reconciliation;
        Assert.Equal(0.03m, total.For(Payer.PropertyRightUnit).Owed);
    }

    [Theory]
    [InlineData("-0.01", "Amount:NotNegative")]
    [InlineData("0.001", "Amount:TwoDecimals")]
    [InlineData("99999999999999999.99", "Amount:TooLarge")] // past DECIMAL(18,2) and past Core's plausible maximum (FieldLimits.Money)
    public void A_cost_amount_is_whole_cents_within_decimal_18_2(string amount, string expected)
    {
        var cost = new CostItem { Category = CostCategory.EnvironmentWorks, Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Year = 2026 };
        Assert.Equal([expected], FundingValidator.Validate(cost, Today).Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void A_hardship_application_belongs_to_housing_and_a_decision_has_a_date()
    {
        string[] Errors(CostItem c) => FundingValidator.Validate(c, Today).Select(e => $"{e.Field}:{e.Code}").ToArray();
        Assert.Equal(["Hardship:HardshipHousingOnly"], Errors(new() { Category = CostCategory.EnvironmentWorks, Year = 2026, Hardship = HardshipApplication.Applied }));
        Assert.Equal(["HardshipDecidedDate:Required"], Errors(new() { Category = CostCategory.HousingCommonParts, Year = 2026, Hardship = HardshipApplication.Rejected }));
        Assert.Equal(["HardshipDecidedDate:NotForStatus"], Errors(new() { Category = CostCategory.HousingCommonParts, Year = 2026, Hardship = HardshipApplication.Applied, HardshipDecidedDate = Today }));
        Assert.Empty(Errors(new() { Category = CostCategory.HousingCommonParts, Year = 2026, Hardship = HardshipApplication.Approved, HardshipDecidedDate = Today }));
    }

    [Fact]
    public void A_payment_is_positive_and_not_in_the_future()
    {
        Assert.Equal(["Amount:MustBePositive", "PaidDate:NotInFuture"],
            FundingValidator.Validate(new Payment { Payer = Payer.City, Amount = 0m, PaidDate = Today.AddDays(1) }, Today).Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void A_community_is_read_by_project_so_its_lines_add_up_to_its_total()
    {
        var community = new Node { Id = 30, Name = "印盒石社区", Path = "/1/2/3/30/", Level = NodeLevel.Community };
        RetrofitProject[] projects =
        [
            new() { Id = 10, Name = "一期", EstateName = "甲小区", EstatePath = "/1/2/3/30/300/" },
            new() { Id = 11, Name = "二期", EstateName = "乙小区", EstatePath = "/1/2/3/30/301/" },
            new() { Id = 12, Name = "别处", EstateName = "丙小区", EstatePath = "/1/2/3/31/310/" },
        ];
        CostItem[] costs =
        [
            new() { ProjectId = 10, Category = CostCategory.EnvironmentWorks, Amount = 100.01m, IsFinalAccount = true },
            new() { ProjectId = 11, Category = CostCategory.PostSubsidy, Amount = 50m },
            new() { ProjectId = 12, Category = CostCategory.PostSubsidy, Amount = 70m },
        ];

        var lines = FundingBoard.ByProject(community, projects, costs, []);
        var total = FundingBoard.Total(community, projects, costs, []).Reconciliation;

        Assert.Equal(["甲小区 · 一期", "乙小区 · 二期"], lines.Select(l => l.Name));
        Assert.Equal(total.TotalOwed, lines.Sum(l => l.Reconciliation.TotalOwed));
        Assert.Equal(150.01m, total.TotalOwed);
    }
}
