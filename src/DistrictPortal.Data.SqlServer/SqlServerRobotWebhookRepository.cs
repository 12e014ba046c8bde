using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The admin's group robots on SQL Server: [dbo].[RobotWebhook_*], each write with its audit in one transaction.</summary>
public sealed class SqlServerRobotWebhookRepository(string connectionString) : IRobotWebhookRepository
{
    private const string EntityType = AuditEntities.RobotWebhook;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<RobotWebhook?> GetAsync(long nodeId) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new RobotWebhookReadById(nodeId))).SingleOrDefault()));

    public Task<IReadOnlyList<RobotWebhook>> ListAsync(string scopePath) =>
        _db.ReadAsync(async c =>
        {
            var robots = await c.CallAsync(new RobotWebhookReadByScopePath(scopePath ?? ""));
            foreach (var robot in robots)
            {
                Utc(robot);
            }
            return robots;
        });

    public Task SaveAsync(RobotWebhook webhook, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new RobotWebhookUpdate(webhook.NodeId, (int)webhook.Kind, webhook.Url, webhook.Secret, webhook.UpdatedUtc), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, webhook.NodeId));
    }

    public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                if ((await c.CallAsync(new RobotWebhookDeleteById(nodeId), t)).Single() == 0)
                {
                    return false;
                }
                await AuditWriter.WriteAsync(c, t, audit);
                return true;
            },
            e => SqlErrors.Translate(e, EntityType, nodeId));

    private static RobotWebhook? Utc(RobotWebhook? robot)
    {
        if (robot is not null)
        {
            robot.UpdatedUtc = AuditWriter.AsUtc(robot.UpdatedUtc);
        }
        return robot;
    }
}
