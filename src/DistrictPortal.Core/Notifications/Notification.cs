namespace DistrictPortal.Core.Notifications;

/// <summary>
/// A message in a user's in-portal inbox (站内通知). <see cref="DedupKey"/> makes the jobs idempotent: a job retried
/// after a crash writes the same key again, and the store keeps one.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public string DedupKey { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }

    /// <summary>The notice's kind (<see cref="NoticeKinds"/>) when Core raised it: the inbox words it in the reader's language. Null for the jobs' older messages, shown as stored.</summary>
    public string? MessageKey { get; set; }

    /// <summary>The notice's arguments, a JSON array of strings (<see cref="Notice.UnpackArgs"/>).</summary>
    public string? MessageArgs { get; set; }
}

/// <summary>
/// 督办: a supervision order raised on a sub-district that missed or was late two weeks in a row (P11), with its
/// own close-out. One per sub-district and week that triggered it (<see cref="WeekEnding"/>), so a retried job raises no second.
/// </summary>
public sealed class SupervisionOrder
{
    public long Id { get; set; }
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public DateOnly WeekEnding { get; set; }
    public string Reason { get; set; } = "";
    public DateTime RaisedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public string? CloseNote { get; set; }
    public string? ClosedByName { get; set; }
    public long Version { get; set; }

    public bool IsOpen => ClosedUtc is null;
}
