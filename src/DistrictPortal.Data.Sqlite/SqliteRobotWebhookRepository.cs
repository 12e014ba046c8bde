using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.Sqlite;

/// <summary>The admin's group robots on SQLite: one row per node, each write with its audit in one transaction.</summary>
public sealed class SqliteRobotWebhookRepository(SqliteConnectionFactory connections) : IRobotWebhookRepository
{
    private const string EntityType = AuditEntities.RobotWebhook;

    private const string SelectRobot = """
        SELECT w.NodeId, n.Name AS NodeName, n.Path AS NodePath, w.Kind, w.Url, w.Secret, w.UpdatedUtc
        FROM RobotWebhook w
        JOIN Node n ON n.Id = w.NodeId
        """;

    public async Task<RobotWebhook?> GetAsync(long nodeId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<RobotWebhook>($"{SelectRobot} WHERE w.NodeId = @nodeId", new { nodeId });
    }

    public async Task<IReadOnlyList<RobotWebhook>> ListAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var robots = await connection.QueryAsync<RobotWebhook>(
            $"{SelectRobot} WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo ORDER BY n.Path",
            new { scopeFrom, scopeTo });
        return robots.AsList();
    }

    public Task SaveAsync(RobotWebhook webhook, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO RobotWebhook (NodeId, Kind, Url, Secret, UpdatedUtc)
                VALUES (@NodeId, @Kind, @Url, @Secret, @UpdatedUtc)
                ON CONFLICT (NodeId) DO UPDATE SET Kind = excluded.Kind, Url = excluded.Url, Secret = excluded.Secret, UpdatedUtc = excluded.UpdatedUtc
                """,
                new { webhook.NodeId, Kind = (int)webhook.Kind, webhook.Url, webhook.Secret, webhook.UpdatedUtc }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(RobotWebhook.NodeId)));
    }

    public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit) =>
        connections.InTransactionAsync(async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync("DELETE FROM RobotWebhook WHERE NodeId = @nodeId", new { nodeId }, transaction);
            if (deleted == 0)
                return false;
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return true;
        }, nameof(RobotWebhook.NodeId));
}
