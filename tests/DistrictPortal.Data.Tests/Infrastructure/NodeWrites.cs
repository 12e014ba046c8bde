using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// The hierarchy's writes as the contract tests set up their trees: straight to the repository with the audit entries
/// Core builds (<see cref="NodeAudit"/>), no rules. The rules themselves are tested through <see cref="HierarchyService"/>.
/// </summary>
public static class NodeWrites
{
    public static Task<Node> CreateAsync(this INodeRepository nodes, long? parentId, NodeLevel level, string name, ChangeContext context) =>
        nodes.CreateAsync(parentId, level, name, NodeAudit.Created(name, context));

    public static async Task RenameAsync(this INodeRepository nodes, long id, string newName, long expectedVersion, ChangeContext context)
    {
        var node = await nodes.GetByIdAsync(id);
        await nodes.RenameAsync(id, newName, expectedVersion, node is null ? [] : NodeAudit.Renamed(node, newName, context));
    }

    public static async Task MoveAsync(this INodeRepository nodes, long id, long newParentId, long expectedVersion, ChangeContext context)
    {
        var node = await nodes.GetByIdAsync(id);
        await nodes.MoveAsync(id, newParentId, expectedVersion, node is null ? [] : NodeAudit.Moved(node, newParentId, context));
    }

    public static async Task SetRetiredAsync(this INodeRepository nodes, long id, bool retired, long expectedVersion, ChangeContext context)
    {
        var node = await nodes.GetByIdAsync(id);
        await nodes.SetRetiredAsync(id, retired, expectedVersion, node is null ? [] : NodeAudit.Retired(node, retired, context));
    }

    public static async Task<bool> DeleteIfUnusedAsync(this INodeRepository nodes, long id, ChangeContext context) =>
        await nodes.GetByIdAsync(id) is { } node && await nodes.DeleteIfUnusedAsync(id, NodeAudit.Deleted(node, context));
}
