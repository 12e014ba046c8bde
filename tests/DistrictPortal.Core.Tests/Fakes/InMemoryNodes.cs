using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Tests.Fakes;

/// <summary>
/// The hierarchy in memory for the workflows' tests: stores what it is given, keeps versions and paths, and records
/// every write with its audit entries so a test can see that a refused workflow wrote nothing. It decides nothing.
/// </summary>
public sealed class InMemoryNodes : INodeRepository
{
    private readonly Dictionary<long, Node> _nodes = [];
    private long _nextId = 1;

    public List<(string Write, long Id, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];

    public Node Add(long? parentId, NodeLevel level, string name, bool retired = false)
    {
        var id = _nextId++;
        var parentPath = parentId is { } p ? _nodes[p].Path : "/";
        var node = new Node { Id = id, ParentId = parentId, Level = level, Name = name, Path = Node.ChildPath(parentPath, id), IsRetired = retired, Version = 1 };
        _nodes[id] = node;
        return Copy(node);
    }

    public Task<Node?> GetByIdAsync(long id) => Task.FromResult(_nodes.TryGetValue(id, out var n) ? Copy(n) : null);

    public Task<IReadOnlyList<Node>> GetRootsAsync() =>
        Task.FromResult<IReadOnlyList<Node>>(_nodes.Values.Where(n => n.ParentId is null).Select(Copy).ToList());

    public Task<IReadOnlyList<Node>> GetLineageAsync(long id) =>
        Task.FromResult<IReadOnlyList<Node>>(Scope.Ids(_nodes[id].Path).Select(i => Copy(_nodes[i])).ToList());

    public Task<IReadOnlyList<Node>> GetChildrenAsync(long parentId, bool includeRetired = false) =>
        Task.FromResult<IReadOnlyList<Node>>(_nodes.Values.Where(n => n.ParentId == parentId && (includeRetired || !n.IsRetired)).Select(Copy).ToList());

    public Task<IReadOnlyList<Node>> ListByLevelAsync(string scopePath, NodeLevel level, bool includeRetired = false) =>
        Task.FromResult<IReadOnlyList<Node>>(_nodes.Values
            .Where(n => n.Level == level && Scope.Contains(scopePath, n.Path) && (includeRetired || !n.IsRetired)).Select(Copy).ToList());

    public Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, IReadOnlyList<AuditEntry> audit)
    {
        var node = Add(parentId, level, name);
        Writes.Add(("create", node.Id, AuditEntry.ForNewRow(audit, node.Id)));
        return Task.FromResult(node);
    }

    public Task RenameAsync(long id, string newName, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        Change(id, expectedVersion, "rename", audit, n => n.Name = newName);

    public Task MoveAsync(long id, long newParentId, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        Change(id, expectedVersion, "move", audit, n =>
        {
            var oldPath = n.Path;
            var newPath = Node.ChildPath(_nodes[newParentId].Path, id);
            n.ParentId = newParentId;
            foreach (var below in _nodes.Values.Where(x => x.Path.StartsWith(oldPath, StringComparison.Ordinal)))
                below.Path = newPath + below.Path[oldPath.Length..];
        });

    public Task SetRetiredAsync(long id, bool retired, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        Change(id, expectedVersion, "retire", audit, n => n.IsRetired = retired);

    public Task<NodeReferences> ReadReferencesAsync(long id) =>
        Task.FromResult(new NodeReferences { HasChildren = _nodes.Values.Any(n => n.ParentId == id) });

    public Task<bool> DeleteIfUnusedAsync(long id, IReadOnlyList<AuditEntry> audit)
    {
        if (_nodes.Values.Any(n => n.ParentId == id) || !_nodes.Remove(id))
            return Task.FromResult(false);
        Writes.Add(("delete", id, audit));
        return Task.FromResult(true);
    }

    private Task Change(long id, long expectedVersion, string write, IReadOnlyList<AuditEntry> audit, Action<Node> change)
    {
        if (!_nodes.TryGetValue(id, out var node) || node.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.Node, id);
        change(node);
        node.Version++;
        Writes.Add((write, id, audit));
        return Task.CompletedTask;
    }

    private static Node Copy(Node n) => new()
    {
        Id = n.Id, ParentId = n.ParentId, Level = n.Level, Name = n.Name, Path = n.Path, IsRetired = n.IsRetired,
        SortOrder = n.SortOrder, Version = n.Version,
    };
}
