using DistrictPortal.Core.Auditing;
using Dapper;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// The in-portal inbox on SQLite. Notifications are the jobs' messages, not edits, so they carry no audit; the
/// unique (UserId, DedupKey) index keeps a retried job from adding one twice.
/// </summary>
public sealed class SqliteNotificationRepository(SqliteConnectionFactory connections) : INotificationRepository
{
    private const string EntityType = AuditEntities.Notification;

    /// <summary>One statement: the index decides, so two runs of a job at once still add one. Sets <see cref="Notification.Id"/> when added.</summary>
    public async Task<bool> AddOnceAsync(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.DedupKey, nameof(notification));
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, async () =>
        {
            await using var connection = await connections.OpenAsync();
            return await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO Notification (UserId, DedupKey, Title, Body, Link, CreatedUtc, MessageKey, MessageArgs)
                VALUES (@UserId, @DedupKey, @Title, @Body, @Link, @CreatedUtc, @MessageKey, @MessageArgs)
                ON CONFLICT (UserId, DedupKey) DO NOTHING
                RETURNING Id
                """,
                new
                {
                    notification.UserId,
                    notification.DedupKey,
                    Title = notification.Title ?? "",
                    Body = notification.Body ?? "",
                    notification.Link,
                    notification.CreatedUtc,
                    notification.MessageKey,
                    notification.MessageArgs,
                });
        });
        if (id is not { } added)
            return false;
        notification.Id = added;
        return true;
    }

    /// <summary>Newest first; the id breaks ties between notifications of the same instant.</summary>
    public async Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100)
    {
        await using var connection = await connections.OpenAsync();
        var notifications = await connection.QueryAsync<Notification>(
            """
            SELECT Id, UserId, DedupKey, Title, Body, Link, CreatedUtc, ReadUtc, MessageKey, MessageArgs
            FROM Notification
            WHERE UserId = @userId
            ORDER BY CreatedUtc DESC, Id DESC
            LIMIT @max
            """,
            new { userId, max = Math.Max(0, max) });
        return notifications.AsList();
    }

    public async Task<int> CountUnreadAsync(long userId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM Notification WHERE UserId = @userId AND ReadUtc IS NULL", new { userId });
    }

    /// <summary>The first read time stays when it is read again; someone else's notification is left alone.</summary>
    public async Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc)
    {
        await using var connection = await connections.OpenAsync();
        var updated = await connection.ExecuteAsync(
            "UPDATE Notification SET ReadUtc = COALESCE(ReadUtc, @atUtc) WHERE Id = @notificationId AND UserId = @userId",
            new { userId, notificationId, atUtc });
        return updated == 1;
    }
}
