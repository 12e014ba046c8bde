using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// The robot outbox on SQLite. Each state change is one conditional statement (pending and not leased; still pending),
/// so two job runs at once cannot both take or both finish a delivery.
/// </summary>
public sealed class SqliteWebhookOutbox(SqliteConnectionFactory connections) : IWebhookOutbox
{
    private const string SelectDelivery = """
        SELECT Id, DeliveryId, NodeId, Title, Body, Link, CreatedUtc, Status, Attempts, NextAttemptUtc, LeaseUntilUtc,
               DeliveredUtc, LastError
        FROM WebhookDelivery
        """;

    public async Task<bool> EnqueueOnceAsync(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentException.ThrowIfNullOrWhiteSpace(delivery.DeliveryId, nameof(delivery));
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.RobotWebhook, async () =>
        {
            await using var connection = await connections.OpenAsync();
            return await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO WebhookDelivery (DeliveryId, NodeId, Title, Body, Link, CreatedUtc, Status, Attempts, NextAttemptUtc)
                VALUES (@DeliveryId, @NodeId, @Title, @Body, @Link, @CreatedUtc, 1, 0, @NextAttemptUtc)
                ON CONFLICT (DeliveryId) DO NOTHING
                RETURNING Id
                """,
                new { delivery.DeliveryId, delivery.NodeId, delivery.Title, delivery.Body, delivery.Link, delivery.CreatedUtc, delivery.NextAttemptUtc });
        });
        if (id is not { } added)
            return false;
        delivery.Id = added;
        return true;
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDueAsync(DateTime nowUtc, int max)
    {
        await using var connection = await connections.OpenAsync();
        var due = await connection.QueryAsync<WebhookDelivery>(
            $"""
            {SelectDelivery}
            WHERE Status = 1 AND NextAttemptUtc <= @nowUtc AND (LeaseUntilUtc IS NULL OR LeaseUntilUtc <= @nowUtc)
            ORDER BY NextAttemptUtc, Id
            LIMIT @max
            """,
            new { nowUtc, max = Math.Max(0, max) });
        return due.AsList();
    }

    public async Task<bool> ClaimAsync(long id, DateTime nowUtc, DateTime leaseUntilUtc)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE WebhookDelivery SET Attempts = Attempts + 1, LeaseUntilUtc = @leaseUntilUtc
            WHERE Id = @id AND Status = 1 AND (LeaseUntilUtc IS NULL OR LeaseUntilUtc <= @nowUtc)
            """,
            new { id, nowUtc, leaseUntilUtc }) == 1;
    }

    public async Task<bool> MarkDeliveredAsync(long id, DateTime atUtc)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteAsync(
            "UPDATE WebhookDelivery SET Status = 2, DeliveredUtc = @atUtc, LeaseUntilUtc = NULL, LastError = NULL WHERE Id = @id AND Status = 1",
            new { id, atUtc }) == 1;
    }

    public async Task MarkAttemptFailedAsync(long id, string error, DateTime? nextAttemptUtc)
    {
        var text = error.Length > WebhookDelivery.MaxErrorLength ? error[..WebhookDelivery.MaxErrorLength] : error;
        await using var connection = await connections.OpenAsync();
        await connection.ExecuteAsync(
            """
            UPDATE WebhookDelivery
            SET Status = CASE WHEN @nextAttemptUtc IS NULL THEN 3 ELSE 1 END,
                NextAttemptUtc = COALESCE(@nextAttemptUtc, NextAttemptUtc), LeaseUntilUtc = NULL, LastError = @text
            WHERE Id = @id AND Status = 1
            """,
            new { id, text, nextAttemptUtc });
    }

    public async Task<WebhookDelivery?> GetAsync(string deliveryId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<WebhookDelivery>($"{SelectDelivery} WHERE DeliveryId = @deliveryId", new { deliveryId });
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListRecentAsync(string scopePath, int max)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var recent = await connection.QueryAsync<WebhookDelivery>(
            """
            SELECT d.Id, d.DeliveryId, d.NodeId, d.Title, d.Body, d.Link, d.CreatedUtc, d.Status, d.Attempts, d.NextAttemptUtc,
                   d.LeaseUntilUtc, d.DeliveredUtc, d.LastError
            FROM WebhookDelivery d
            JOIN Node n ON n.Id = d.NodeId
            WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo
            ORDER BY d.CreatedUtc DESC, d.Id DESC
            LIMIT @max
            """,
            new { scopeFrom, scopeTo, max = Math.Max(0, max) });
        return recent.AsList();
    }
}
