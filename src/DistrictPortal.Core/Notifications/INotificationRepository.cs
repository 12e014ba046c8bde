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

/// <summary>
/// 督办 orders. Stores and reads only: the rules and audit entries are <see cref="SupervisionService"/>'s; each write
/// stores its row with the entries it is given in one transaction.
/// </summary>
public interface ISupervisionOrderRepository
{
    /// <summary>
    /// Raises the order unless one exists for that sub-district and week (then nothing is written, audit included);
    /// returns the id when raised, null otherwise, and sets <see cref="SupervisionOrder.Id"/>.
    /// </summary>
    Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit);

    Task<SupervisionOrder?> GetByIdAsync(long id);

    /// <summary>Orders of sub-districts under the scope, open ones first, newest first.</summary>
    Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false);

    /// <summary>
    /// Writes <paramref name="closed"/>'s closing (time, note, by whom) when <see cref="SupervisionOrder.Version"/> is
    /// still current and the order still open; otherwise <see cref="Common.ConcurrencyConflictException"/> and nothing.
    /// </summary>
    Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit);

    /// <summary>Stores an order raised by hand (no one-per-week key) with its audit entries; returns the id and sets it.</summary>
    Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Writes <paramref name="changed"/>'s answer, send-back and escalation (status, texts, times, level) when its
    /// <see cref="SupervisionOrder.Version"/> is still current and the order still open; otherwise
    /// <see cref="Common.ConcurrencyConflictException"/> and nothing.
    /// </summary>
    Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit);
}

/// <summary>E-mail behind an interface: SMTP when configured, otherwise written to the log.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
