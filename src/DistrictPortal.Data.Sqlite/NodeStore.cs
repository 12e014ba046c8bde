using System.Data;
using Dapper;
using DuplicateNameException = DistrictPortal.Core.Common.DuplicateNameException;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Node reads and the node insert shared by the hierarchy and the estate registry (an estate is a node),
/// always inside the caller's connection and transaction.
/// </summary>
internal static class NodeStore
{
    public const string EntityType = Core.Auditing.AuditEntities.Node;

    public const string Columns = "Id, ParentId, Level, Name, Path, IsRetired, SortOrder, Version";

    public static Task<Node?> GetAsync(IDbConnection connection, IDbTransaction? transaction, long id) =>
        connection.QuerySingleOrDefaultAsync<Node>(
            $"SELECT {Columns} FROM Node WHERE Id = @id", new { id }, transaction);

    /// <summary>Sibling names are unique, case-insensitively; <paramref name="exceptId"/> lets a node keep its own name.</summary>
    public static async Task EnsureNameFreeAsync(
        IDbConnection connection, IDbTransaction transaction, long? parentId, string name, long exceptId = 0)
    {
        const string sql = """
            SELECT EXISTS (
                SELECT 1 FROM Node
                WHERE IFNULL(ParentId, 0) = IFNULL(@parentId, 0)
                  AND Name = @name COLLATE NOCASE
                  AND Id <> @exceptId)
            """;
        if (await connection.ExecuteScalarAsync<bool>(sql, new { parentId, name, exceptId }, transaction))
        {
            throw new DuplicateNameException(nameof(Node.Name), name);
        }
    }

    /// <summary>
    /// Inserts a node under <paramref name="parentId"/>. Which level may sit where, and under which parent, is
    /// <see cref="HierarchyService"/>'s rule; this keeps only what the stored tree needs: a parent that exists (its path is
    /// the new node's head) and unique sibling names. The path needs the new id, so the row goes in with a placeholder
    /// path that is replaced at once.
    /// </summary>
    public static async Task<Node> InsertAsync(
        IDbConnection connection, IDbTransaction transaction, long? parentId, NodeLevel level, string name)
    {
        var parentPath = "/";
        if (parentId is not null)
        {
            // As a foreign key would: SQL Server's FK on ParentId refuses the same (547 → ArgumentException).
            var parent = await GetAsync(connection, transaction, parentId.Value)
                ?? throw new ArgumentException($"Parent node {parentId} does not exist.", nameof(parentId));
            parentPath = parent.Path;
        }

        await EnsureNameFreeAsync(connection, transaction, parentId, name);

        const string insert = """
            INSERT INTO Node (ParentId, Level, Name, Path, IsRetired, SortOrder, Version)
            VALUES (@parentId, @level, @name, @placeholder, 0, 0, 1)
            RETURNING Id
            """;
        var id = await connection.ExecuteScalarAsync<long>(
            insert, new { parentId, level, name, placeholder = $"/new-{Guid.NewGuid():N}/" }, transaction);
        var path = Node.ChildPath(parentPath, id);
        await connection.ExecuteAsync("UPDATE Node SET Path = @path WHERE Id = @id", new { path, id }, transaction);

        return new Node { Id = id, ParentId = parentId, Level = level, Name = name, Path = path, Version = 1 };
    }
}
