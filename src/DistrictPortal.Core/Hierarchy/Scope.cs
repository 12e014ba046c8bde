namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// A user's scope is one node; they see and touch only what lies under it (that node included).
/// The test is on materialised paths so it needs no database round trip.
/// </summary>
public static class Scope
{
    /// <remarks>Paths must end with '/': without it "/1/2" would wrongly contain "/1/23/", so such a scope contains nothing.</remarks>
    public static bool Contains(string scopePath, string targetPath) =>
        IsWellFormed(scopePath)
        && IsWellFormed(targetPath)
        && targetPath.StartsWith(scopePath, StringComparison.Ordinal);

    private static bool IsWellFormed(string path) =>
        path is { Length: > 2 } && path[0] == '/' && path[^1] == '/';

    /// <summary>Ids along a path, root first: "/1/4/19/" → [1, 4, 19].</summary>
    public static IReadOnlyList<long> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
}
