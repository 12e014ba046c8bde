using DistrictPortal.Core.Estates;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// The demo hierarchy. 牌楼街道 is the registry of P5 exactly (DOMAIN.md's table); the other sub-districts are
/// generated and say so in their names, so nobody mistakes them for real places.
/// </summary>
public static class DemoHierarchy
{
    public const string CityName = "演示市";
    public const string DistrictName = "演示区";
    public const string PailouName = "牌楼街道";

    /// <summary>P5's table: community, total, class 1, class 2, class 3 (blank cells as 0).</summary>
    public static IReadOnlyList<(string Community, int Total, int One, int Two, int Three)> PailouRegistry { get; } =
    [
        ("印盒石社区", 17, 1, 12, 4),
        ("观音岩社区", 19, 4, 5, 10),
        ("万安社区", 31, 2, 8, 21),
        ("石峰村", 1, 0, 0, 1),
        ("太平社区", 30, 5, 9, 16),
        // The source's classes sum to 10, not 20: the other 10 stay 未分类 and the registry warns about them.
        ("大河沟社区", 20, 3, 3, 4),
        ("搭马桥社区", 29, 0, 8, 21),
        ("袁家墩社区", 21, 4, 6, 11),
        ("牌楼社区", 8, 2, 4, 2),
    ];

    /// <summary>P5: the pilot communities.</summary>
    public static IReadOnlySet<string> PilotCommunities { get; } = new HashSet<string> { "大河沟社区", "牌楼社区", "太平社区" };

    public sealed record GeneratedSubDistrict(string Name, string Account, int Communities, int EstatesPerCommunity);

    /// <summary>Sizes chosen so the peer bands (≤10, 11–30, >30 unmanaged estates) all have members.</summary>
    public static IReadOnlyList<GeneratedSubDistrict> GeneratedSubDistricts { get; } =
    [
        new("东湖街道（演示）", "donghu", 2, 4),
        new("西山街道（演示）", "xishan", 3, 6),
        new("南岸街道（演示）", "nanan", 4, 8),
        new("北城街道（演示）", "beicheng", 5, 10),
        new("中华路街道（演示）", "zhonghualu", 3, 12),
    ];

    /// <summary>
    /// A plausible status for a demo estate of a class: class 1 is mostly professionally managed, class 2 mostly
    /// self-managed by its work unit, class 3 mostly unmanaged — the estates the campaign is about.
    /// </summary>
    public static ManagementStatus StatusFor(EstateClass estateClass, Random random) => estateClass switch
    {
        EstateClass.One => random.Next(4) == 0 ? ManagementStatus.UnitSelfManaged : ManagementStatus.Professional,
        EstateClass.Two => random.Next(3) == 0 ? ManagementStatus.Unmanaged : ManagementStatus.UnitSelfManaged,
        EstateClass.Three => random.Next(10) == 0 ? ManagementStatus.AffordableHousing : ManagementStatus.Unmanaged,
        _ => ManagementStatus.Unmanaged,
    };
}
