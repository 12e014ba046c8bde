using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Estates;

/// <summary>
/// Which subtotals the registry list shows. A sub-district's officer works community by community (the P5 table:
/// 牌楼 has 9 communities), so up to one sub-district the list keeps a row per community. A district or city user
/// looks at 街道 first — returns, the league and supervision orders are all per sub-district — and 2,000 community
/// rows are neither readable nor cheap; so above one sub-district the rows are one per sub-district, each linking to
/// that sub-district's own list with its community rows. Rows per sub-district still add up to the total, which a
/// "top N communities" cut would not.
/// </summary>
public static class RegistrySubtotals
{
    /// <summary>
    /// <see cref="NodeLevel.Community"/> when the list covers at most one sub-district (the scope is a sub-district
    /// or below, or one community is chosen); otherwise <see cref="NodeLevel.SubDistrict"/>.
    /// </summary>
    public static NodeLevel LevelFor(string scopePath, long? communityId) =>
        communityId is not null || Scope.Ids(scopePath).Count >= (int)NodeLevel.SubDistrict
            ? NodeLevel.Community
            : NodeLevel.SubDistrict;
}

/// <summary>Per-sub-district counts by class: the registry's subtotals above one sub-district.</summary>
public sealed class SubDistrictClassSubtotal
{
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public int Total { get; set; }
    public int ClassOne { get; set; }
    public int ClassTwo { get; set; }
    public int ClassThree { get; set; }
    public int Unclassified { get; set; }
}
