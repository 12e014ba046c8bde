using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Standards;

/// <summary>What a service standard measures (服务标准的测量项). Its unit follows from it (<see cref="StandardRules.UnitOf"/>).</summary>
public enum StandardMeasure
{
    /// <summary>客户满意度, % (P3 ≥ 92, P6 ≥ 90).</summary>
    CustomerSatisfaction = 1,
    /// <summary>内部质量指标, % (P3 ≥ 95).</summary>
    InternalQuality = 2,
    /// <summary>矛盾纠纷调解率, % (P7 100).</summary>
    DisputeMediationRate = 3,
    /// <summary>调解成功率, % (P7 &gt; 85).</summary>
    DisputeMediationSuccess = 4,
    /// <summary>接报后到场时间, minutes (P10 五分钟服务承诺).</summary>
    ServiceArrival = 5,
    /// <summary>处理结果反馈时间, days (P10 两日内反馈).</summary>
    Feedback = 6,
    /// <summary>巡查间隔, hours (P2 每两小时).</summary>
    PatrolInterval = 7,
    /// <summary>紧急情况到场时间, minutes (P2 1至3分钟).</summary>
    EmergencyArrival = 8,
    /// <summary>每日巡查次数 by the sub-district service centre (P9 每天至少两次).</summary>
    DailyPatrols = 9,
}

public enum StandardUnit
{
    Percent = 1,
    Minutes = 2,
    Hours = 3,
    Days = 4,
    TimesPerDay = 5,
}

/// <summary>How a measured value is held against the threshold.</summary>
public enum StandardComparison
{
    /// <summary>≥</summary>
    AtLeast = 1,
    /// <summary>&gt;</summary>
    MoreThan = 2,
    /// <summary>≤</summary>
    AtMost = 3,
    /// <summary>=</summary>
    Equal = 4,
}

/// <summary>The management modes (P11's four ways out) a standard applies to, one bit each.</summary>
[Flags]
public enum StandardModes
{
    None = 0,
    PropertyEnterprise = 1,
    CommitteeSelfManaged = 2,
    CommunityTrusteeship = 4,
    SubDistrictPackage = 8,
    All = PropertyEnterprise | CommitteeSelfManaged | CommunityTrusteeship | SubDistrictPackage,
}

/// <summary>
/// 服务标准: a target the plans set for managed estates (P2, P3, P6, P7, P9, P10), kept as data the leading-group office
/// edits (/standards): what is measured, the comparison, the threshold, the plan it comes from, the management modes of
/// the estates it applies to, active or not. <see cref="Version"/> counts its edits; an inspection keeps the version,
/// comparison and threshold it was judged against with its verdict, so a later edit never rewrites an old verdict.
/// </summary>
public sealed class ServiceStandard
{
    public long Id { get; set; }
    public StandardMeasure Measure { get; set; }
    public StandardComparison Comparison { get; set; }
    public decimal Threshold { get; set; }
    /// <summary>The implementation plan (1–11 of the source) the standard comes from; not shown to users as "Pn".</summary>
    public int Plan { get; set; }
    public StandardModes Modes { get; set; }
    public bool IsActive { get; set; }
    public long Version { get; set; }

    public StandardUnit Unit => StandardRules.UnitOf(Measure);

    /// <summary>Whether an inspection of an estate managed in <paramref name="mode"/> measures this standard.</summary>
    public bool AppliesTo(ManagementMode mode) => IsActive && (Modes & StandardRules.ModeBit(mode)) != 0;

    public bool IsMetBy(decimal value) => StandardRules.Meets(Comparison, value, Threshold);
}

/// <summary>The rules of a standard that do not need its storage: units, comparisons, the mode bits.</summary>
public static class StandardRules
{
    public static StandardUnit UnitOf(StandardMeasure measure) => measure switch
    {
        StandardMeasure.ServiceArrival or StandardMeasure.EmergencyArrival => StandardUnit.Minutes,
        StandardMeasure.Feedback => StandardUnit.Days,
        StandardMeasure.PatrolInterval => StandardUnit.Hours,
        StandardMeasure.DailyPatrols => StandardUnit.TimesPerDay,
        _ => StandardUnit.Percent,
    };

    /// <summary>The largest value a measure may take: 100 for a share, else far beyond any plausible time or count.</summary>
    public static decimal MaxOf(StandardMeasure measure) => UnitOf(measure) == StandardUnit.Percent ? 100m : 10_000m;

    public static bool Meets(StandardComparison comparison, decimal value, decimal threshold) => comparison switch
    {
        StandardComparison.AtLeast => value >= threshold,
        StandardComparison.MoreThan => value > threshold,
        StandardComparison.AtMost => value <= threshold,
        StandardComparison.Equal => value == threshold,
        _ => false,
    };

    /// <summary>The sign shown for a comparison (≥ &gt; ≤ =), the same in every language.</summary>
    public static string Sign(StandardComparison comparison) => comparison switch
    {
        StandardComparison.AtLeast => "≥",
        StandardComparison.MoreThan => ">",
        StandardComparison.AtMost => "≤",
        StandardComparison.Equal => "=",
        _ => "?",
    };

    public static StandardModes ModeBit(ManagementMode mode) => mode switch
    {
        ManagementMode.PropertyEnterprise => StandardModes.PropertyEnterprise,
        ManagementMode.CommitteeSelfManaged => StandardModes.CommitteeSelfManaged,
        ManagementMode.CommunityTrusteeship => StandardModes.CommunityTrusteeship,
        ManagementMode.SubDistrictPackage => StandardModes.SubDistrictPackage,
        _ => StandardModes.None,
    };

    /// <summary>The management modes in <paramref name="modes"/>, in P11's order.</summary>
    public static IReadOnlyList<ManagementMode> ModesIn(StandardModes modes) =>
        new[] { ManagementMode.PropertyEnterprise, ManagementMode.CommitteeSelfManaged, ManagementMode.CommunityTrusteeship, ManagementMode.SubDistrictPackage }
            .Where(m => (modes & ModeBit(m)) != 0).ToList();
}
