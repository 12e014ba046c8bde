using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// The in-portal inbox on SQL Server: [dbo].[Notification_*]. Notifications are the jobs' messages, not edits, so
/// they carry no audit; their dedup key keeps a retried job from adding one twice.
/// </summary>
public sealed class SqlServerNotificationRepository(string connectionString) : INotificationRepository
{
    private const string EntityType = AuditEntities.Notification;

    private readonly SqlServerDatabase _db = new(connectionString);

    /// <summary>Sets <see cref="Notification.Id"/> when added.</summary>
    public async Task<bool> AddOnceAsync(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.DedupKey, nameof(notification));
        try
        {
            var id = await _db.WriteAsync(
                async (c, t) => (await c.CallAsync(NotificationCreate.From(notification, notification.DedupKey), t)).Single(),
                e => SqlErrors.Translate(e, EntityType, 0));
            if (id is not { } added)
            {
                return false;
            }
            notification.Id = added;
            return true;
        }
        catch (SqlException e) when (e.Number is SqlErrors.DuplicateKeyRow or SqlErrors.UniqueConstraint)
        {
            // The proc's key-range lock makes this all but impossible; should two adds still race, the key keeps one.
            return false;
        }
    }

    public Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100) =>
        _db.ReadAsync(async c =>
        {
            var notifications = await c.CallAsync(new NotificationReadByUserId(userId, Math.Max(0, max)));
            foreach (var n in notifications)
            {
                n.CreatedUtc = AuditWriter.AsUtc(n.CreatedUtc);
                n.ReadUtc = AuditWriter.AsUtc(n.ReadUtc);
            }
            return notifications;
        });

    public Task<int> CountUnreadAsync(long userId) =>
        _db.ReadAsync(async c => (await c.CallAsync(new NotificationReadUnreadCountByUserId(userId))).Single());

    public Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc) =>
        _db.ReadAsync(async c => (await c.CallAsync(new NotificationUpdateRead(userId, notificationId, atUtc))).Single() == 1);
}
