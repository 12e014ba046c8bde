namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// A node of the hierarchy. <see cref="Path"/> is the materialised path of ids ("/1/4/19/") that makes
/// "is X inside the user's scope" a prefix test in both C# and SQL.
/// Nodes are retired, never deleted, once anything refers to them.
/// </summary>
public sealed class Node
{
    public long Id { get; set; }
    public long? ParentId { get; set; }
    public NodeLevel Level { get; set; }
    public string Name { get; set; } = "";
    public string Path { get; set; } = "";
    public bool IsRetired { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }

    public static string ChildPath(string parentPath, long childId) => $"{parentPath}{childId}/";
}
