namespace DistrictPortal.Core.Funding;

/// <summary>
/// P8 七、资金政策 as a function: who owes what of a cost. Every 1:1 split uses ONE rounding rule, everywhere:
/// the city's share is half the total rounded down to the cent and the district takes the rest, so the district
/// carries the odd cent and city + district = total exactly (0.01 → 0.00 + 0.01).
/// </summary>
public static class FundingRules
{
    public const string RuleTextZh =
        "市、区两级财政按1:1配套时，市级承担总额的一半（按分向下取整），区级承担其余部分；总额为奇数分时，多出的1分由区级承担，两级合计与总额分毫不差。" +
        "硬件配置费用列入庭院改善和危旧房改善专项经费；环境整治费用按工程决算由市、区1:1配套；" +
        "房屋公共部位整治费用由产权单位承担，确有困难并经区政府审核同意的，由市、区1:1配套；" +
        "绿化补偿、占道挖掘等费用免缴（记为减免，应付为0）；困难群众物业服务费减免补贴和管理人员岗位补贴由市、区1:1配套。";

    public const string RuleTextEn =
        "Where city and district share a cost 1:1, the city pays half the total rounded down to the cent and the district pays the rest: " +
        "an odd cent falls to the district, so the two shares always add up to the total exactly. " +
        "Hardware configuration is paid from the courtyard-improvement and dangerous-housing special funds; environment works are shared 1:1 on the final accounts; " +
        "housing common-parts works are paid by the property-right unit, or shared 1:1 once its hardship application to the district is approved; " +
        "greening compensation and road-excavation fees are waived (recorded, nothing to pay); hardship fee relief and post subsidies are shared 1:1.";

    /// <summary>The one 1:1 rule: city = ⌊total ÷ 2⌋ to the cent, district = total − city.</summary>
    public static (decimal City, decimal District) HalfAndHalf(decimal total)
    {
        RequireAmount(total);
        var city = Cents(Math.Floor(total * 50m) / 100m);
        return (city, Cents(total - city));
    }

    public static FundingSplit Split(CostItem cost) => Split(cost.Category, cost.Amount, cost.Hardship, cost.IsFinalAccount);

    public static FundingSplit Split(CostCategory category, decimal amount, HardshipApplication hardship = HardshipApplication.None, bool isFinalAccount = true)
    {
        RequireAmount(amount);
        var total = Cents(amount);
        var zero = Cents(0m);
        switch (category)
        {
            case CostCategory.HardwareConfiguration:
                return new(total, zero, zero, total, zero, zero);
            case CostCategory.EnvironmentWorks:
                var (c, d) = HalfAndHalf(total);
                return new(total, c, d, zero, zero, zero, IsProvisional: !isFinalAccount);
            case CostCategory.HousingCommonParts when hardship == HardshipApplication.Approved:
            case CostCategory.HardshipFeeRelief:
            case CostCategory.PostSubsidy:
                var (city, district) = HalfAndHalf(total);
                return new(total, city, district, zero, zero, zero);
            case CostCategory.HousingCommonParts:
                // Until an application is approved (none, pending or rejected) the property-right unit pays it all.
                return new(total, zero, zero, zero, total, zero);
            case CostCategory.WaivedFees:
                return new(total, zero, zero, zero, zero, total);
            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, null);
        }
    }

    /// <summary>Money is non-negative and whole cents; anything else is refused rather than silently rounded.</summary>
    public static bool IsValidAmount(decimal amount) => amount >= 0 && decimal.Round(amount, 2) == amount;

    private static void RequireAmount(decimal amount)
    {
        if (!IsValidAmount(amount))
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount must be non-negative and in whole cents.");
    }

    // Scale 2, so 0 prints "0.00" and audit trails compare like with like.
    private static decimal Cents(decimal value) => decimal.Round(value, 2) + 0.00m;
}
