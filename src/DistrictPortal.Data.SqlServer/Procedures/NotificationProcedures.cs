using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Notification_*] and [dbo].[SupervisionOrder_*] procedure; the properties are its
// parameters (see StoredProcedureAttribute).

/// <summary>The new notification's id, or null when the user already had one with this dedup key.</summary>
[StoredProcedure("Notification_Create")]
internal sealed record NotificationCreate(
    long UserId, string DedupKey, string Title, string Body, string? Link, DateTime CreatedUtc, string? MessageKey, string? MessageArgs)
    : IQuery<long?>
{
    public static NotificationCreate From(Notification n, string dedupKey) =>
        new(n.UserId, dedupKey, n.Title ?? "", n.Body ?? "", n.Link, n.CreatedUtc, n.MessageKey, n.MessageArgs);
}

[StoredProcedure("Notification_ReadByUserId")]
internal sealed record NotificationReadByUserId(long UserId, int Max) : IQuery<Notification>;

[StoredProcedure("Notification_ReadUnreadCountByUserId")]
internal sealed record NotificationReadUnreadCountByUserId(long UserId) : IQuery<int>;

/// <summary>1 when the notification is the user's (now read), 0 otherwise.</summary>
[StoredProcedure("Notification_UpdateRead")]
internal sealed record NotificationUpdateRead(long UserId, long Id, DateTime ReadUtc) : IQuery<int>;

/// <summary>The new order's id, or null when it is the deadline job's and the sub-district already had one for that week.</summary>
[StoredProcedure("SupervisionOrder_Create")]
internal sealed record SupervisionOrderCreate(
    long SubDistrictId, DateOnly WeekEnding, string Reason, DateTime RaisedUtc, SupervisionOrigin Origin, SupervisionSubject SubjectKind,
    long? SubjectId, string? RequiredAction, DateOnly? Deadline, string? RaisedByName, SupervisionStatus Status) : IQuery<long?>
{
    public static SupervisionOrderCreate From(SupervisionOrder o) =>
        new(o.SubDistrictId, o.WeekEnding, o.Reason, o.RaisedUtc, o.Origin, o.SubjectKind, o.SubjectId, o.RequiredAction, o.Deadline, o.RaisedByName, o.Status);
}

[StoredProcedure("SupervisionOrder_ReadById")]
internal sealed record SupervisionOrderReadById(long Id) : IQuery<SupervisionOrder>;

[StoredProcedure("SupervisionOrder_ReadByScopePath")]
internal sealed record SupervisionOrderReadByScopePath(string ScopePath, bool OpenOnly) : IQuery<SupervisionOrder>;

[StoredProcedure("SupervisionOrder_UpdateClosed")]
internal sealed record SupervisionOrderUpdateClosed(long Id, DateTime ClosedUtc, string CloseNote, string? ClosedByName, long Version) : ICommand;

[StoredProcedure("SupervisionOrder_UpdateState")]
internal sealed record SupervisionOrderUpdateState(
    long Id, SupervisionStatus Status, string? Answer, DateTime? AnsweredUtc, string? AnsweredByName, string? SendBackReason,
    DateTime? SentBackUtc, SupervisionEscalation EscalationLevel, DateTime? EscalatedUtc, long Version) : ICommand
{
    public static SupervisionOrderUpdateState From(SupervisionOrder o) =>
        new(o.Id, o.Status, o.Answer, o.AnsweredUtc, o.AnsweredByName, o.SendBackReason, o.SentBackUtc, o.EscalationLevel, o.EscalatedUtc, o.Version);
}
