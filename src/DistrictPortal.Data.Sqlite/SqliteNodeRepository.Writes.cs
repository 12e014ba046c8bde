using System.Data;
using System.Globalization;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteNodeRepository
{
    /// <summary>Not in <see cref="AuditActions"/>: only the hierarchy deletes, and only nodes nothing refers to.</summary>
    public const string DeleteAction = AuditActions.Delete;

    public Task<Node> CreateAsync(long? parentId, NodeLevel level, string name, ChangeContext context) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await NodeStore.InsertAsync(connection, transaction, parentId, level, NodeStore.CleanName(name));
            await AuditWriter.WriteAsync(connection, transaction,
                AuditWriter.Entry(context, NodeStore.EntityType, node.Id, AuditActions.Create, newValue: node.Name));
            return node;
        });

    public Task RenameAsync(long id, string newName, long expectedVersion, ChangeContext context) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var name = NodeStore.CleanName(newName);
            var node = await GetCurrentAsync(connection, transaction, id, expectedVersion);
            if (node.Name == name)
            {
                return 0;
            }
            await NodeStore.EnsureNameFreeAsync(connection, transaction, node.ParentId, name, exceptId: id);
            await BumpVersionAsync(connection, transaction, id, expectedVersion, "Name = @name", new { name });
            await AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
                context, NodeStore.EntityType, id, AuditActions.Update, nameof(Node.Name), node.Name, name));
            return 0;
        });

    public Task MoveAsync(long id, long newParentId, long expectedVersion, ChangeContext context) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await GetCurrentAsync(connection, transaction, id, expectedVersion);
            var parent = await NodeStore.GetAsync(connection, transaction, newParentId)
                ?? throw new ArgumentException($"Node {newParentId} does not exist.", nameof(newParentId));
            if (parent.Level != node.Level - 1)
                throw new ArgumentException($"A {node.Level} cannot sit under a {parent.Level}.", nameof(newParentId));
            if (Scope.Contains(node.Path, parent.Path))
                throw new ArgumentException("A node cannot move under itself or its own descendant.", nameof(newParentId));
            if (parent.IsRetired)
                throw new ArgumentException($"Node {newParentId} is retired.", nameof(newParentId));
            if (node.ParentId == newParentId)
            {
                return 0;
            }
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
            await AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
                context, NodeStore.EntityType, id, AuditActions.Move, nameof(Node.ParentId),
                Invariant(node.ParentId), Invariant(newParentId)));
            return 0;
        });

    public Task SetRetiredAsync(long id, bool retired, long expectedVersion, ChangeContext context) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var node = await GetCurrentAsync(connection, transaction, id, expectedVersion);
            if (node.IsRetired == retired)
            {
                return 0;
            }
            await BumpVersionAsync(connection, transaction, id, expectedVersion, "IsRetired = @retired", new { retired });
            await AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
                context, NodeStore.EntityType, id, retired ? AuditActions.Retire : AuditActions.Reinstate));
            return 0;
        });

    public Task<bool> DeleteIfUnusedAsync(long id, ChangeContext context) =>
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
            // The trail keeps its own record of the deletion (ids are never reused).
            await AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
                context, NodeStore.EntityType, id, DeleteAction, nameof(Node.Name), node.Name, null));
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

    private static string? Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
