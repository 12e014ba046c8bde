namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// A user's scope is one node; they see and touch only what lies under it (that node included).
/// The test is on materialised paths so it needs no database round trip.
/// </summary>
public static class Scope
{
    public static bool Contains(string scopePath, string targetPath) =>
        !string.IsNullOrEmpty(scopePath)
        && !string.IsNullOrEmpty(targetPath)
        && targetPath.StartsWith(scopePath, StringComparison.Ordinal);

    /// <summary>Ids along a path, root first: "/1/4/19/" → [1, 4, 19].</summary>
    public static IReadOnlyList<long> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
}
