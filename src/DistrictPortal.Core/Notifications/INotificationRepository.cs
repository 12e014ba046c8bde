using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Notifications;

public interface INotificationRepository
{
    /// <summary>Adds the notification unless one with the same user and dedup key exists; returns true when added.</summary>
    Task<bool> AddOnceAsync(Notification notification);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100);

    Task<int> CountUnreadAsync(long userId);

    /// <summary>Marks one of the user's own notifications read; false when it is not theirs.</summary>
    Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc);
}

public interface ISupervisionOrderRepository
{
    /// <summary>Raises the order unless one exists for that sub-district and week; returns the id when raised, null otherwise.</summary>
    Task<long?> RaiseOnceAsync(SupervisionOrder order, ChangeContext context);

    Task<SupervisionOrder?> GetByIdAsync(long id);

    /// <summary>Orders of sub-districts under the scope, open ones first, newest first.</summary>
    Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false);

    /// <summary>Closes an open order with a note; version-checked and audited.</summary>
    Task CloseAsync(long id, string note, long expectedVersion, ChangeContext context);
}

/// <summary>E-mail behind an interface: SMTP when configured, otherwise written to the log.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
