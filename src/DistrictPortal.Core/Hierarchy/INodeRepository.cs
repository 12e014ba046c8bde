using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// The hierarchy. Every write is one transaction together with its audit entries.
/// </summary>
public interface INodeRepository
{
    Task<Node?> GetByIdAsync(long id);

    /// <summary>Nodes without a parent (the city); empty on a fresh database, which is how demo seeding knows to run.</summary>
    Task<IReadOnlyList<Node>> GetRootsAsync();

    /// <summary>The node and its ancestors, root first (for breadcrumbs and scope names).</summary>
    Task<IReadOnlyList<Node>> GetLineageAsync(long id);

    /// <summary>Direct children, retired ones included when asked, ordered by SortOrder then Name.</summary>
    Task<IReadOnlyList<Node>> GetChildrenAsync(long parentId, bool includeRetired = false);

    /// <summary>Nodes of one level under a scope path (the scope node itself included if it has that level).</summary>
    Task<IReadOnlyList<Node>> ListByLevelAsync(string scopePath, NodeLevel level, bool includeRetired = false);

    /// <summary>Creates a node under <paramref name="parentId"/> (null only for the city) and returns it with id and path.</summary>
    Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, ChangeContext context);

    /// <summary>Throws <see cref="Common.ConcurrencyConflictException"/> when <paramref name="expectedVersion"/> is stale.</summary>
    Task RenameAsync(long id, string newName, long expectedVersion, ChangeContext context);

    /// <summary>Moves a node (and its whole subtree) under a new parent of the right level; rewrites the paths below it.</summary>
    Task MoveAsync(long id, long newParentId, long expectedVersion, ChangeContext context);

    Task SetRetiredAsync(long id, bool retired, long expectedVersion, ChangeContext context);

    /// <summary>What refers to the node (every table that can), for <see cref="NodeHistory.HasHistory"/> to judge.</summary>
    Task<NodeReferences> ReadReferencesAsync(long id);

    /// <summary>
    /// Deletes a node that has no history (<see cref="NodeHistory.HasHistory"/> of its references, read in the same
    /// transaction); returns false (and deletes nothing) when it has, or when a reference appears at the same moment.
    /// </summary>
    Task<bool> DeleteIfUnusedAsync(long id, ChangeContext context);
}
