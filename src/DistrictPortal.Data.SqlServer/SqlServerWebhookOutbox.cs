using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// The robot outbox on SQL Server: [dbo].[WebhookDelivery_*]. Each state change is one conditional statement, so two
/// job runs (on two servers) cannot both take or both finish a delivery.
/// </summary>
public sealed class SqlServerWebhookOutbox(string connectionString) : IWebhookOutbox
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<bool> EnqueueOnceAsync(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentException.ThrowIfNullOrWhiteSpace(delivery.DeliveryId, nameof(delivery));
        try
        {
            var id = await _db.WriteAsync(
                async (c, t) => (await c.CallAsync(new WebhookDeliveryCreate(delivery.DeliveryId, delivery.NodeId, delivery.Title, delivery.Body,
                    delivery.Link, delivery.CreatedUtc, delivery.NextAttemptUtc), t)).Single(),
                e => SqlErrors.Translate(e, AuditEntities.RobotWebhook, 0));
            if (id is not { } added)
            {
                return false;
            }
            delivery.Id = added;
            return true;
        }
        catch (SqlException e) when (e.Number is SqlErrors.DuplicateKeyRow or SqlErrors.UniqueConstraint)
        {
            // The proc's key-range lock makes this all but impossible; should two enqueues still race, the key keeps one.
            return false;
        }
    }

    public Task<IReadOnlyList<WebhookDelivery>> ListDueAsync(DateTime nowUtc, int max) =>
        ReadAsync(new WebhookDeliveryReadDue(nowUtc, Math.Max(0, max)));

    public Task<bool> ClaimAsync(long id, DateTime nowUtc, DateTime leaseUntilUtc) =>
        _db.ReadAsync(async c => (await c.CallAsync(new WebhookDeliveryUpdateClaim(id, nowUtc, leaseUntilUtc))).Single() == 1);

    public Task<bool> MarkDeliveredAsync(long id, DateTime atUtc) =>
        _db.ReadAsync(async c => (await c.CallAsync(new WebhookDeliveryUpdateDelivered(id, atUtc))).Single() == 1);

    public Task MarkAttemptFailedAsync(long id, string error, DateTime? nextAttemptUtc)
    {
        var text = error.Length > WebhookDelivery.MaxErrorLength ? error[..WebhookDelivery.MaxErrorLength] : error;
        return _db.WriteAsync(async (c, t) => await c.CallAsync(new WebhookDeliveryUpdateFailed(id, text, nextAttemptUtc), t),
            e => SqlErrors.Translate(e, AuditEntities.RobotWebhook, id));
    }

    public async Task<WebhookDelivery?> GetAsync(string deliveryId) =>
        (await ReadAsync(new WebhookDeliveryReadByDeliveryId(deliveryId ?? ""))).SingleOrDefault();

    public Task<IReadOnlyList<WebhookDelivery>> ListRecentAsync(string scopePath, int max) =>
        ReadAsync(new WebhookDeliveryReadByScopePath(scopePath ?? "", Math.Max(0, max)));

    private Task<IReadOnlyList<WebhookDelivery>> ReadAsync(IQuery<WebhookDelivery> query) =>
        _db.ReadAsync(async c =>
        {
            var deliveries = await c.CallAsync(query);
            foreach (var d in deliveries)
            {
                d.CreatedUtc = AuditWriter.AsUtc(d.CreatedUtc);
                d.NextAttemptUtc = AuditWriter.AsUtc(d.NextAttemptUtc);
                d.LeaseUntilUtc = AuditWriter.AsUtc(d.LeaseUntilUtc);
                d.DeliveredUtc = AuditWriter.AsUtc(d.DeliveredUtc);
            }
            return deliveries;
        });
}
