using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Documents.Excel;

/// <summary>
/// The Chinese words the registry (调研摸底表) uses for the Core enums, both ways: exports write them, the import
/// reads them back. One place, so a template filled in from an export imports without surprises.
/// </summary>
public static class EstateLabels
{
    public const string Yes = "是";
    public const string No = "否";

    public static readonly IReadOnlyList<(EstateClass Value, string Label)> Classes =
    [
        (EstateClass.One, "一类"),
        (EstateClass.Two, "二类"),
        (EstateClass.Three, "三类"),
        (EstateClass.Unclassified, "未分类"),
    ];

    public static readonly IReadOnlyList<(ManagementStatus Value, string Label)> Statuses =
    [
        (ManagementStatus.Professional, "专业物业"),
        (ManagementStatus.UnitSelfManaged, "单位自管"),
        (ManagementStatus.Unmanaged, "无物业"),
        (ManagementStatus.AffordableHousing, "保障房"),
    ];

    // Sheets filled in before the glossary write 失管 and 无物业/失管 for the same status; an export shows an estate its
    // owners' committee or community manages by its mode (ShownStatus), which reads back as the status stored for it.
    private static readonly IReadOnlyDictionary<string, ManagementStatus> StatusAliases = new Dictionary<string, ManagementStatus>
    {
        ["业委会/物管会自管"] = ManagementStatus.UnitSelfManaged,
        ["社区托管"] = ManagementStatus.UnitSelfManaged,
        ["失管"] = ManagementStatus.Unmanaged,
        ["无物业/失管"] = ManagementStatus.Unmanaged,
        ["无物业失管"] = ManagementStatus.Unmanaged,
    };

    public static string Of(EstateClass value) => Classes.FirstOrDefault(c => c.Value == value).Label ?? value.ToString();

    public static string Of(ManagementStatus value) => Statuses.FirstOrDefault(s => s.Value == value).Label ?? value.ToString();

    /// <summary>The status as shown: 单位自管 only for a work unit; an estate its owners' committee or community manages by its mode (Core ShownStatus).</summary>
    public static string Of(ManagementStatus value, ManagementMode mode) =>
        ShownStatus.ModeInsteadOf(value, mode) is { } shown ? Of(shown) : Of(value);

    public static string Of(bool value) => value ? Yes : No;

    public static string Of(ManagementMode value) => value switch
    {
        ManagementMode.None => "",
        ManagementMode.PropertyEnterprise => "物业企业接管",
        ManagementMode.CommitteeSelfManaged => "业委会/物管会自管",
        ManagementMode.CommunityTrusteeship => "社区托管",
        ManagementMode.SubDistrictPackage => "街道统管（打包）",
        _ => value.ToString(),
    };

    public static string Of(ReturnStatus value) => value switch
    {
        ReturnStatus.Draft => "草稿",
        ReturnStatus.Submitted => "待审核",
        ReturnStatus.SentBack => "已退回",
        ReturnStatus.Accepted => "审核通过",
        ReturnStatus.Reopened => "已重开",
        _ => value.ToString(),
    };

    public static bool TryParseClass(string text, out EstateClass value)
    {
        foreach (var (v, label) in Classes)
        {
            if (label == text)
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static bool TryParseStatus(string text, out ManagementStatus value)
    {
        foreach (var (v, label) in Statuses)
        {
            if (label == text)
            {
                value = v;
                return true;
            }
        }
        return StatusAliases.TryGetValue(text, out value);
    }

    public static bool TryParseYesNo(string text, out bool value)
    {
        value = text == Yes;
        return text is Yes or No;
    }
}
