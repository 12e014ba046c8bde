using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// The hierarchy. Stores and reads only: the five-level rules and the audit entries are <see cref="HierarchyService"/>'s.
/// Every write is one transaction together with the audit entries it is given (a new node's, made with
/// <see cref="AuditEntry.NewRow"/>, get its id). The repository keeps what a database must: sibling names unique
/// (<see cref="Common.DuplicateNameException"/>), versions (<see cref="Common.ConcurrencyConflictException"/>), an
/// existing parent, and a tree without cycles.
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
    Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, IReadOnlyList<AuditEntry> audit);

    /// <summary>Throws <see cref="Common.ConcurrencyConflictException"/> when <paramref name="expectedVersion"/> is stale.</summary>
    Task RenameAsync(long id, string newName, long expectedVersion, IReadOnlyList<AuditEntry> audit);

    /// <summary>Moves a node (and its whole subtree) under a new parent; rewrites the paths below it.</summary>
    Task MoveAsync(long id, long newParentId, long expectedVersion, IReadOnlyList<AuditEntry> audit);

    Task SetRetiredAsync(long id, bool retired, long expectedVersion, IReadOnlyList<AuditEntry> audit);

    /// <summary>What refers to the node (every table that can), for <see cref="NodeHistory.HasHistory"/> to judge.</summary>
    Task<NodeReferences> ReadReferencesAsync(long id);

    /// <summary>
    /// Deletes a node that has no history (<see cref="NodeHistory.HasHistory"/> of its references, read in the same
    /// transaction); returns false (and deletes nothing) when it has, or when a reference appears at the same moment.
    /// </summary>
    Task<bool> DeleteIfUnusedAsync(long id, IReadOnlyList<AuditEntry> audit);
}
