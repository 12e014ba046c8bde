using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Each node's 第一责任人 on SQLite: one row per node, each write with its audit in one transaction.</summary>
public sealed class SqliteNodeResponsibleRepository(SqliteConnectionFactory connections) : INodeResponsibleRepository
{
    public async Task<NodeResponsible?> GetAsync(long nodeId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<NodeResponsible>(
            "SELECT NodeId, Name, Post, Phone, UpdatedUtc FROM NodeResponsible WHERE NodeId = @nodeId", new { nodeId });
    }

    public Task SaveAsync(NodeResponsible responsible, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(responsible);
        return WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.NodeResponsible, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO NodeResponsible (NodeId, Name, Post, Phone, UpdatedUtc)
                VALUES (@NodeId, @Name, @Post, @Phone, @UpdatedUtc)
                ON CONFLICT (NodeId) DO UPDATE SET Name = excluded.Name, Post = excluded.Post, Phone = excluded.Phone, UpdatedUtc = excluded.UpdatedUtc
                """,
                new { responsible.NodeId, responsible.Name, responsible.Post, responsible.Phone, responsible.UpdatedUtc }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(NodeResponsible.NodeId)));
    }

    public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit) =>
        connections.InTransactionAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync("DELETE FROM NodeResponsible WHERE NodeId = @nodeId", new { nodeId }, transaction) == 0)
                return false;
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return true;
        }, nameof(NodeResponsible.NodeId));
}
