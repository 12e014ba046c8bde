namespace DistrictPortal.Core.Funding;

/// <summary>Cost categories of P8 七、资金政策, each with its own payer rule (see <see cref="FundingRules"/>).</summary>
public enum CostCategory
{
    /// <summary>硬件配置: the courtyard-improvement and dangerous-housing special funds (庭院改善和危旧房改善专项经费).</summary>
    HardwareConfiguration = 1,
    /// <summary>环境整治 roads, pipes, other infrastructure: city and district 1:1 on the final accounts (工程决算).</summary>
    EnvironmentWorks = 2,
    /// <summary>房屋整治公共部位: the property-right unit; 1:1 city and district once its hardship application is approved.</summary>
    HousingCommonParts = 3,
    /// <summary>绿化补偿、占道挖掘等费用: waived; the contractor restores greening and road surfaces. Recorded, nothing to pay.</summary>
    WaivedFees = 4,
    /// <summary>困难群众物业服务费减免补贴: city and district 1:1.</summary>
    HardshipFeeRelief = 5,
    /// <summary>管理人员岗位补贴: city and district 1:1.</summary>
    PostSubsidy = 6,
}

public enum Payer
{
    City = 1,
    District = 2,
    SpecialFunds = 3,
    PropertyRightUnit = 4,
}

/// <summary>A property-right unit's application to the district government (P8: 确有困难的,由产权单位向区政府申请,经审核后 …).</summary>
public enum HardshipApplication
{
    None = 0,
    Applied = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// A cost line of a works project in a budget year; for environment works the amount is the final accounts once
/// <see cref="IsFinalAccount"/>. <see cref="NodeId"/> is the key a reconciliation groups by (a project's node on the
/// board); it is not stored.
/// </summary>
public sealed class CostItem
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public long NodeId { get; set; }
    public int Year { get; set; }
    public CostCategory Category { get; set; }
    public decimal Amount { get; set; }
    public bool IsFinalAccount { get; set; }
    /// <summary>Housing common parts only: the property-right unit's application to the district and its decision.</summary>
    public HardshipApplication Hardship { get; set; }
    public DateOnly? HardshipDecidedDate { get; set; }
    public string? HardshipNote { get; set; }
    public string? Description { get; set; }
    public long Version { get; set; }
}

/// <summary>Money paid in by one payer towards a project's costs; recorded once, never edited (a correction is another line).</summary>
public sealed class Payment
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    /// <summary>The reconciliation's grouping key, as on <see cref="CostItem.NodeId"/>; not stored.</summary>
    public long NodeId { get; set; }
    public Payer Payer { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidDate { get; set; }
    public string? Reference { get; set; }
}
