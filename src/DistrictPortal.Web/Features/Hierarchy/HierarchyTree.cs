using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.Hierarchy;

public sealed record TreeRow(Node Node, int Depth, int ChildCount);

/// <summary>
/// The hierarchy below a scope node, flattened in tree order (parent before its children), one query per level
/// rather than one per node. Used by the hierarchy page and by the user form's scope picker.
/// </summary>
public static class HierarchyTree
{
    public static async Task<IReadOnlyList<TreeRow>> BuildAsync(
        INodeRepository nodes, Node root, NodeLevel deepest, bool includeRetired)
    {
        var byParent = new Dictionary<long, List<Node>>();
        for (var level = root.Level + 1; level <= deepest; level++)
        {
            foreach (var node in await nodes.ListByLevelAsync(root.Path, level, includeRetired))
            {
                if (node.ParentId is not { } parent) continue;
                if (!byParent.TryGetValue(parent, out var list)) byParent[parent] = list = [];
                list.Add(node);
            }
        }

        var rows = new List<TreeRow>();
        void Visit(Node node, int depth)
        {
            var children = byParent.GetValueOrDefault(node.Id) ?? [];
            rows.Add(new TreeRow(node, depth, children.Count));
            foreach (var child in children.OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal))
                Visit(child, depth + 1);
        }
        Visit(root, 0);
        return rows;
    }

    /// <summary>"牌楼街道 › 印盒石社区": the names from below the scope root down to the node, to tell namesakes apart.</summary>
    public static string Label(Node node, IReadOnlyDictionary<long, Node> known, long scopeRootId)
    {
        var names = Scope.Ids(node.Path)
            .SkipWhile(id => id != scopeRootId).Skip(1)
            .Select(id => known.TryGetValue(id, out var n) ? n.Name : null)
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? node.Name : string.Join(" › ", names);
    }
}
