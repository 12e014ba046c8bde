namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// The five-level responsibility system (五级责任体系): 市 city → 区 district → 街道 sub-district (also 镇/乡)
/// → 社区 community (also 村 village) → 小区 estate. Estates are nodes too, so a scope or a briefing can name one.
/// </summary>
public enum NodeLevel
{
    City = 1,
    District = 2,
    SubDistrict = 3,
    Community = 4,
    Estate = 5,
}

public static class NodeLevels
{
    /// <summary>The level a child of <paramref name="parent"/> must have; null when nothing can sit below it.</summary>
    public static NodeLevel? ChildOf(NodeLevel parent) =>
        parent == NodeLevel.Estate ? null : parent + 1;
}
