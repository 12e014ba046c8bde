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

    /// <summary>Raised by the deadline job (one per sub-district and week) or by hand by the office (issue 16).</summary>
    public SupervisionOrigin Origin { get; set; } = SupervisionOrigin.DeadlineJob;
    /// <summary>What the order is about: the sub-district itself, one of its estates or one of its returns (<see cref="SubjectId"/>).</summary>
    public SupervisionSubject SubjectKind { get; set; } = SupervisionSubject.SubDistrict;
    public long? SubjectId { get; set; }
    /// <summary>The estate's name for an order on an estate (read only).</summary>
    public string? SubjectName { get; set; }
    /// <summary>整改要求: what the sub-district must do.</summary>
    public string? RequiredAction { get; set; }
    /// <summary>整改期限: the last day (Asia/Shanghai) to answer.</summary>
    public DateOnly? Deadline { get; set; }
    public string? RaisedByName { get; set; }
    public SupervisionStatus Status { get; set; } = SupervisionStatus.AwaitingAnswer;
    /// <summary>反馈: what the sub-district did (the latest answer; earlier ones are in the audit trail).</summary>
    public string? Answer { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public string? AnsweredByName { get; set; }
    /// <summary>Why the office sent the latest answer back.</summary>
    public string? SendBackReason { get; set; }
    public DateTime? SentBackUtc { get; set; }
    /// <summary>How far an order past its deadline has escalated (催办 → 约谈 → 追责).</summary>
    public SupervisionEscalation EscalationLevel { get; set; }
    public DateTime? EscalatedUtc { get; set; }

    public bool IsOpen => ClosedUtc is null;

    public bool IsByHand => Origin == SupervisionOrigin.ByHand;
}

public enum SupervisionOrigin
{
    DeadlineJob = 1,
    ByHand = 2,
}

public enum SupervisionSubject
{
    SubDistrict = 1,
    Estate = 2,
    Return = 3,
}

/// <summary>Where an open order stands; a closed one has <see cref="SupervisionOrder.ClosedUtc"/>.</summary>
public enum SupervisionStatus
{
    /// <summary>Raised, not yet answered (反馈).</summary>
    AwaitingAnswer = 1,
    /// <summary>Answered; the office closes it or sends it back.</summary>
    Answered = 2,
    /// <summary>Sent back: the sub-district answers again.</summary>
    SentBack = 3,
}

/// <summary>P11: shirking gets 督办; missing the deadline escalates, first a reminder, then 约谈, then 追责.</summary>
public enum SupervisionEscalation
{
    None = 0,
    /// <summary>催办: a reminder the day after the deadline.</summary>
    Reminder = 1,
    /// <summary>约谈: the responsible leader is summoned for a talk.</summary>
    Interview = 2,
    /// <summary>追责: the case goes to accountability.</summary>
    Accountability = 3,
}
