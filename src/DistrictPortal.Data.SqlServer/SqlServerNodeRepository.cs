using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The hierarchy on SQL Server: [dbo].[Node_*] procedures, each write one transaction with its audit.</summary>
public sealed class SqlServerNodeRepository(string connectionString) : INodeRepository
{
    private const string EntityType = AuditEntities.Node;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<Node?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new NodeReadById(id))).SingleOrDefault());

    public Task<IReadOnlyList<Node>> GetRootsAsync() =>
        _db.ReadAsync(c => c.CallAsync(new NodeReadRoots()));

    public Task<IReadOnlyList<Node>> GetLineageAsync(long id) =>
        _db.ReadAsync(c => c.CallAsync(new NodeReadLineageById(id)));

    public Task<IReadOnlyList<Node>> GetChildrenAsync(long parentId, bool includeRetired = false) =>
        _db.ReadAsync(c => c.CallAsync(new NodeReadChildrenByParentId(parentId, includeRetired)));

    public Task<IReadOnlyList<Node>> ListByLevelAsync(string scopePath, NodeLevel level, bool includeRetired = false) =>
        _db.ReadAsync(c => c.CallAsync(new NodeReadByLevel(scopePath ?? "", level, includeRetired)));

    public Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                // An unknown parent is refused by the foreign key (547); the level rules are HierarchyService's.
                var node = (await c.CallAsync(new NodeCreate(parentId, level, name), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, node.Id));
                return node;
            },
            e => SqlErrors.Translate(e, EntityType, 0, nameof(Node.Name), name));

    public Task RenameAsync(long id, string newName, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new NodeUpdateName(id, newName, expectedVersion), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, id, nameof(Node.Name), newName));

    public Task MoveAsync(long id, long newParentId, long expectedVersion, IReadOnlyList<AuditEntry> audit)
    {
        string? movedName = null;
        return _db.WriteAsync(
            async (c, t) =>
            {
                movedName = (await c.CallAsync(new NodeReadById(id), t)).SingleOrDefault()?.Name;
                // The proc checks the version (50409) and the parent's key (547); the level and never-under-itself rules are Core's.
                await c.CallAsync(new NodeUpdateParent(id, newParentId, expectedVersion), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, id, nameof(Node.Name), movedName));
    }

    public Task SetRetiredAsync(long id, bool retired, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new NodeUpdateRetired(id, retired, expectedVersion), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, id));

    public Task<NodeReferences> ReadReferencesAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new NodeReadReferences(id))).Single());

    public Task<bool> DeleteIfUnusedAsync(long id, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                var node = (await c.CallAsync(new NodeReadById(id), t)).SingleOrDefault();
                if (node is null || NodeHistory.HasHistory((await c.CallAsync(new NodeReadReferences(id), t)).Single()))
                {
                    return false;
                }
                // A reference added since the read makes a foreign key refuse the delete: 547, read as "has history".
                try
                {
                    if ((await c.CallAsync(new NodeDeleteById(id), t)).Single() == 0)
                    {
                        return false;
                    }
                }
                catch (SqlException e) when (e.Number == SqlErrors.ConstraintConflict)
                {
                    return false;
                }
                await AuditWriter.WriteAsync(c, t, audit);
                return true;
            },
            e => SqlErrors.Translate(e, EntityType, id));
}
