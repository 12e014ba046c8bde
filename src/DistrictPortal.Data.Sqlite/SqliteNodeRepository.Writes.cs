using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteNodeRepository
{
    public Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, IReadOnlyList<AuditEntry> audit) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await NodeStore.InsertAsync(connection, transaction, parentId, level, name);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, node.Id));
            return node;
        });

    public Task RenameAsync(long id, string newName, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await GetCurrentAsync(connection, transaction, id, expectedVersion);
            await NodeStore.EnsureNameFreeAsync(connection, transaction, node.ParentId, newName, exceptId: id);
            await BumpVersionAsync(connection, transaction, id, expectedVersion, "Name = @newName", new { newName });
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });

    public Task MoveAsync(long id, long newParentId, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await GetCurrentAsync(connection, transaction, id, expectedVersion);
            // What the stored tree itself needs: a parent to take the path of (as SQL Server's foreign key). The level,
            // retirement and never-under-itself rules are HierarchyService's, checked before the call; a parent exactly
            // one level above can never lie inside the node's own subtree.
            var parent = await NodeStore.GetAsync(connection, transaction, newParentId)
                ?? throw new ArgumentException($"Node {newParentId} does not exist.", nameof(newParentId));
            await NodeStore.EnsureNameFreeAsync(connection, transaction, newParentId, node.Name, exceptId: id);

            // The node and its whole subtree keep their tails and take the new parent's path as head. Every descendant's
            // version moves with its path, as SQL Server's ROWVERSION does (the node's own moves in BumpVersionAsync).
            var newPath = Node.ChildPath(parent.Path, id);
            var (subtreeFrom, subtreeTo) = SqlFragments.ScopeRange(node.Path);
            await connection.ExecuteAsync(
                """
                UPDATE Node SET Path = @newPath || substr(Path, length(@oldPath) + 1),
                                Version = CASE WHEN Id = @id THEN Version ELSE Version + 1 END
                WHERE Path >= @subtreeFrom AND Path < @subtreeTo
                """,
                new { newPath, oldPath = node.Path, subtreeFrom, subtreeTo, id }, transaction);
            await BumpVersionAsync(connection, transaction, id, expectedVersion, "ParentId = @newParentId", new { newParentId });
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });

    public Task SetRetiredAsync(long id, bool retired, long expectedVersion, IReadOnlyList<AuditEntry> audit) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await BumpVersionAsync(connection, transaction, id, expectedVersion, "IsRetired = @retired", new { retired });
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });

    public Task<bool> DeleteIfUnusedAsync(long id, IReadOnlyList<AuditEntry> audit) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await NodeStore.GetAsync(connection, transaction, id);
            if (node is null || NodeHistory.HasHistory(await ReadReferencesAsync(connection, transaction, id)))
            {
                return false;
            }
            // The write lock is held since the read, so nothing can have slipped in; a foreign key still refusing
            // means a table the read does not know: kept, not a raw error.
            try
            {
                await connection.ExecuteAsync("DELETE FROM Node WHERE Id = @id", new { id }, transaction);
            }
            catch (SqliteException e) when (SqliteErrors.IsForeignKeyViolation(e))
            {
                return false;
            }
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return true;
        });

    /// <summary>The node as it stands, provided it still has the version the caller read.</summary>
    private static async Task<Node> GetCurrentAsync(IDbConnection connection, IDbTransaction transaction, long id, long expectedVersion)
    {
        var node = await NodeStore.GetAsync(connection, transaction, id);
        return node is not null && node.Version == expectedVersion
            ? node
            : throw new ConcurrencyConflictException(NodeStore.EntityType, id);
    }

    /// <summary><paramref name="set"/> is one of this class's fixed assignments, never caller text.</summary>
    private static async Task BumpVersionAsync(
        IDbConnection connection, IDbTransaction transaction, long id, long expectedVersion, string set, object values)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("id", id);
        parameters.Add("expectedVersion", expectedVersion);
        var updated = await connection.ExecuteAsync(
            $"UPDATE Node SET {set}, Version = Version + 1 WHERE Id = @id AND Version = @expectedVersion",
            parameters, transaction);
        if (updated != 1)
        {
            throw new ConcurrencyConflictException(NodeStore.EntityType, id);
        }
    }

    private Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work) =>
        connections.InTransactionAsync(work, nameof(Node.Name));

}
