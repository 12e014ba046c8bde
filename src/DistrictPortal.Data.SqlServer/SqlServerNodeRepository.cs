using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The hierarchy on SQL Server: [dbo].[Node_*] procedures, each write one transaction with its audit.</summary>
public sealed class SqlServerNodeRepository(string connectionString) : INodeRepository
{
    private const string EntityType = "Node";

    /// <summary>Core has no constant for it: only the hierarchy deletes, and only nodes nothing refers to.</summary>
    public const string DeleteAction = AuditActions.Delete;

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

    public Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, ChangeContext context)
    {
        var clean = Names.Clean(name, nameof(name));
        return _db.WriteAsync(
            async (c, t) =>
            {
                // The proc refuses a missing or retired parent and a level that does not fit (50400).
                var node = (await c.CallAsync(new NodeCreate(parentId, level, clean), t)).Single();
                await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, node.Id, context)
                    .Action(AuditActions.Create, newValue: clean).Entries);
                return node;
            },
            e => SqlErrors.Translate(e, EntityType, 0, nameof(Node.Name), clean));
    }

    public Task RenameAsync(long id, string newName, long expectedVersion, ChangeContext context)
    {
        var clean = Names.Clean(newName, nameof(newName));
        return _db.WriteAsync(
            async (c, t) =>
            {
                var before = await ReadCurrentAsync(c, t, id, expectedVersion);
                if (before.Name == clean)
                {
                    return;
                }
                await c.CallAsync(new NodeUpdateName(id, clean, expectedVersion), t);
                await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, id, context)
                    .Field(nameof(Node.Name), before.Name, clean).Entries);
            },
            e => SqlErrors.Translate(e, EntityType, id, nameof(Node.Name), clean));
    }

    public Task MoveAsync(long id, long newParentId, long expectedVersion, ChangeContext context)
    {
        string? movedName = null;
        return _db.WriteAsync(
            async (c, t) =>
            {
                var before = await ReadCurrentAsync(c, t, id, expectedVersion);
                movedName = before.Name;
                // The proc checks the new parent (exists, not retired, one level up, not inside the node: 50400)
                // and changes nothing when the node is already there.
                await c.CallAsync(new NodeUpdateParent(id, newParentId, expectedVersion), t);
                if (before.ParentId != newParentId)
                {
                    await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, id, context)
                        .Action(AuditActions.Move, nameof(Node.ParentId), Invariant(before.ParentId), Invariant(newParentId)).Entries);
                }
            },
            e => SqlErrors.Translate(e, EntityType, id, nameof(Node.Name), movedName));
    }

    public Task SetRetiredAsync(long id, bool retired, long expectedVersion, ChangeContext context) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                var before = await ReadCurrentAsync(c, t, id, expectedVersion);
                if (before.IsRetired == retired)
                {
                    return;
                }
                await c.CallAsync(new NodeUpdateRetired(id, retired, expectedVersion), t);
                await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, id, context)
                    .Action(retired ? AuditActions.Retire : AuditActions.Reinstate).Entries);
            },
            e => SqlErrors.Translate(e, EntityType, id));

    public Task<NodeReferences> ReadReferencesAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new NodeReadReferences(id))).Single());

    public Task<bool> DeleteIfUnusedAsync(long id, ChangeContext context) =>
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
                // The trail keeps its own record of the deletion (ids are never reused).
                await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, id, context)
                    .Action(DeleteAction, nameof(Node.Name), node.Name).Entries);
                return true;
            },
            e => SqlErrors.Translate(e, EntityType, id));

    /// <summary>The node as it is now, when <paramref name="expectedVersion"/> is still current; the audit needs its old values.</summary>
    private static async Task<Node> ReadCurrentAsync(SqlConnection c, SqlTransaction t, long id, long expectedVersion)
    {
        var node = (await c.CallAsync(new NodeReadById(id), t)).SingleOrDefault();
        return node is not null && node.Version == expectedVersion
            ? node
            : throw new ConcurrencyConflictException(EntityType, id);
    }

    private static string? Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
