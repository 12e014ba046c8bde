using System.Text.RegularExpressions;

namespace DistrictPortal.Core.Glossary;

/// <summary>One measure or status: its one Chinese name, its English name, its definition, and the names it retired.</summary>
public sealed record GlossaryTerm(string Chinese, string English, string Definition, params string[] Retired);

/// <summary>
/// 术语表: one name per thing, for every page, export and briefing (issue 17). The retired synonyms are what pages,
/// workbooks and PDFs used before; <see cref="RetiredIn"/> finds them, so a test can fail on any document that still
/// says them. Plan numbers (P8, P9) are the source documents' internal references and are not shown to users.
/// </summary>
public static partial class Glossary
{
    public static readonly IReadOnlyList<GlossaryTerm> Terms =
    [
        // The register and its measures.
        new("清零台账", "Clearance register", "纳入无物业管理小区清零行动、逐个销号的小区名单，按街道建立。", "起始台账", "清单"),
        new("清零基数", "Baseline", "清零台账内的小区数。", "清单小区数"),
        new("销号", "Struck off", "台账内的小区落实管理方式、达到“六有”基本标准，经周报审核通过后从台账中销号。", "已清零", "累计销号"),
        new("剩余", "Remaining", "清零基数减去已销号的小区数。"),
        new("清零率", "Percent cleared", "已销号小区数 ÷ 清零基数，保留一位小数。", "清零进度"),
        new("本周新增销号", "Newly struck off this week", "本统计周（周六至周五）内销号的小区数。", "本周新增清零"),
        new("销号小区户数", "Households struck off", "已销号小区的户数合计。", "覆盖户数"),
        new("已成立业委会", "Committees formed", "清零台账内已成立业主委员会的小区数。"),
        new("六有", "Six haves", "销号的基本标准：有组织机构、有清扫保洁、有物业维修、有绿化养护、有安全防范、有停车管理。"),
        // How an estate is managed.
        new("管理方式", "Management mode", "小区退出台账所采用的方式：物业服务企业接管、业委会自管、社区托管、街道统一管理。", "管理模式"),
        new("专业物业", "Professionally managed", "由物业服务企业提供服务的小区。"),
        new("单位自管", "Managed by a work unit", "由产权单位（工作单位）自行管理的小区；业委会或社区管理的小区不用此名。"),
        new("业委会自管", "Managed by the owners' committee", "由业主委员会或物业管理委员会自行管理的小区。"),
        new("社区托管", "Community trusteeship", "由社区居委会托管的小区。"),
        new("物业服务企业", "Property service enterprise", "为小区提供物业服务的企业，按统一社会信用代码登记在全区一份名录中，国有企业单独标明。"),
        new("统一社会信用代码", "Unified social credit code", "企业的18位登记代码（GB 32100-2015），末位为校验位，输错一位即不符。"),
        new("物业服务合同", "Property service contract", "小区与物业服务企业签订的合同：期限、物业费（元/m²·月）、服务等级、签订日期和合同文本；同一小区同一时间只有一份。"),
        new("物管会", "Property management committee", "物业管理委员会：小区暂不具备成立业委会条件时，由街道组织成立、自行管理小区的组织；与单位自管不同。"),
        new("无物业", "Unmanaged", "没有物业服务、也没有其他管理方式的小区，含失去管理的小区。", "失管"),
        new("保障房", "Affordable housing", "由街道服务中心管理的保障性住房小区。"),
        // The weekly return.
        new("未填报", "Not started", "本周尚未开始填写的周报。"),
        new("草稿", "Draft", "街道已开始填写、尚未报送的周报。"),
        new("待审核", "Submitted, awaiting review", "街道报送后、区清零办尚未审核的周报。", "已报送"),
        new("审核通过", "Accepted", "区清零办审核通过的周报：锁定，数据快照冻结。", "已审核"),
        new("退回修改", "Sent back", "审核未通过、退回街道修改的周报。"),
        new("已重开", "Reopened", "审核通过后由区清零办重新打开、更正后再次报送的周报。"),
        new("冻结快照", "Frozen snapshot", "周报审核通过时冻结的当周数据；之后的更正另存为更正版本，不改变原快照。"),
        new("实时", "Live", "按当前数据即时计算、未经审核冻结的数字，仅供参考。"),
        new("按时报送率", "On-time rate", "按时报送的周数 ÷ 已到期的周数；排名取近13周。", "按时率"),
        new("完整率", "Completeness rate", "已报周数（含迟报）÷ 已到期的周数。"),
        new("迟报", "Late", "截止时间之后报送的周报。"),
        new("未报", "Missing", "截止时间已过仍未报送的周报。"),
        new("逾期", "Overdue", "截止时间已过仍未完成的事项。"),
        new("逾期事项", "Overdue items", "逾期未报的周报、未办结的督办和逾期的业委会期限的合计。"),
        new("督办", "Supervision order", "对未按时报送或推进不力的街道下达的督办通知。"),
        // The league.
        new("名次变化", "Movement", "本周名次与上周名次相比：▲ 上升，▼ 下降，＝ 持平。"),
        new("第一档", "First quartile", "排名前四分之一的街道；其余依次为第二档、第三档、第四档。", "Q1", "Q2", "Q3", "Q4"),
        new("同规模组", "Peer band", "按清零基数划分的街道组：10个及以下、11至30个、30个以上。"),
        // Service standards and inspections (issue 20).
        new("服务标准", "Service standard", "实施方案对已有管理方式的小区提出的服务指标和标准值，如客户满意度不低于92%，由区清零办维护。"),
        new("服务质量检查", "Service inspection", "逐项测量小区适用的服务标准并判定是否达标的检查；结论在记录时判定并保存。"),
        new("达标", "Met", "测得值满足服务标准（按记录检查时的标准判定）。"),
        new("未达标", "Not met", "测得值不满足服务标准。"),
        new("全部达标", "Meets all standards", "一次服务质量检查中，该小区适用的服务标准全部达标。"),
        new("全部达标率", "Share meeting all standards", "已检查小区中，最近一次服务质量检查全部达标的小区所占比例；实时，仅展示，不计入排名。"),
        // Retrofit and funding.
        new("改造面积完成率", "Retrofit area vs target", "本年已验收接收的改造面积 ÷ 本年目标面积。"),
        new("市、区 1:1", "City and district 1:1", "由市、区两级财政各承担一半，多出的1分由区级承担。", "市区 1:1", "市区1:1"),
        // Time and people.
        new("北京时间", "Beijing time", "所有时间均按北京时间（东八区）显示。", "Asia/Shanghai 时间"),
        new("领导小组成员", "Leading-group member", "区清零行动领导小组的成员：只读，查看区或街道范围内的页面，下载简报。与业委会成员不是同一批人。"),
        new("业委会成员", "Owners' committee member", "小区业主委员会的成员：只读，查看本社区的小区、业委会和简报。"),
    ];

    /// <summary>Each retired synonym that occurs in <paramref name="text"/>, with the name to use instead.</summary>
    public static IReadOnlyList<(string Retired, string Use)> RetiredIn(string text)
    {
        var found = new List<(string, string)>();
        foreach (var term in Terms)
        {
            foreach (var retired in term.Retired)
            {
                if (Occurs(text, retired))
                    found.Add((retired, term.Chinese));
            }
        }
        foreach (Match m in PlanNumber().Matches(text))
            found.Add((m.Value, "（不向用户显示方案编号）"));
        return found;
    }

    /// <summary>Half-width <c>, ; : ( )</c> touching a Chinese character: Chinese sentences take full-width punctuation.</summary>
    public static IReadOnlyList<string> HalfWidthPunctuationIn(string text) =>
        HalfWidth().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Where a retired name is the start of a current one ("已审核通过" says 审核通过), it is not reported.</summary>
    private static readonly IReadOnlyDictionary<string, string> CurrentContinuations = new Dictionary<string, string>
    {
        ["已审核"] = "通过",
    };

    /// <summary>Where a retired name ends a current one ("逾期事项清单" is a list of overdue items, not the register), it is not reported.</summary>
    private static readonly IReadOnlyDictionary<string, string> CurrentPrefixes = new Dictionary<string, string>
    {
        ["清单"] = "事项",
    };

    // Latin names are matched whole ("Q1" is not inside "Q10"); Chinese ones as they are, unless a current name goes on or ends there.
    private static bool Occurs(string text, string retired)
    {
        if (char.IsAsciiLetter(retired[0]))
            return Regex.IsMatch(text, $@"(?<![A-Za-z0-9]){Regex.Escape(retired)}(?![A-Za-z0-9])");
        var pattern = (CurrentPrefixes.TryGetValue(retired, out var before) ? $"(?<!{Regex.Escape(before)})" : "")
            + Regex.Escape(retired) + (CurrentContinuations.TryGetValue(retired, out var goesOn) ? $"(?!{Regex.Escape(goesOn)})" : "");
        return Regex.IsMatch(text, pattern);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])P(?:[1-9]|1[01])(?![A-Za-z0-9_])")]
    private static partial Regex PlanNumber();

    [GeneratedRegex(@"[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]")]
    private static partial Regex HalfWidth();
}
