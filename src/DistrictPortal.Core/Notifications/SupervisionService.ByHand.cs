using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// 督办 by hand (P11, issue 16): the office raises an order on a sub-district, one of its estates or one of its returns,
/// with the problem, the required action and a rectification deadline (整改期限); the sub-district answers (反馈); the
/// office closes it (<see cref="CloseAsync"/>) or sends it back; past its deadline it escalates (<see cref="EscalationDue"/>).
/// Which sub-district an estate or a return belongs to is read by the caller; the rules are here, and so is telling the
/// sub-district of a new order (<see cref="SupervisionNotices.RaisedByHand"/>).
/// </summary>
public sealed partial class SupervisionService
{
    public const int MaxTextLength = 2000;
    /// <summary>A deadline further off than this is a typing mistake, not a rectification period.</summary>
    public const int MaxDeadlineDays = 366;
    /// <summary>Days past the deadline at which an unanswered order reaches 约谈, then 追责 (the reminder comes the day after).</summary>
    public const int InterviewAfterDays = 7;
    public const int AccountabilityAfterDays = 14;

    /// <summary>
    /// Raises <paramref name="order"/> (its sub-district, subject, problem in <see cref="SupervisionOrder.Reason"/>, required
    /// action and deadline set) on <paramref name="today"/>, the office's local date; the week is the reporting week it falls in.
    /// </summary>
    public async Task<DomainResult<long>> RaiseByHandAsync(SupervisionOrder order, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<ValidationError>();
        Text(errors, nameof(SupervisionOrder.Reason), order.Reason);
        Text(errors, nameof(SupervisionOrder.RequiredAction), order.RequiredAction);
        if (order.Deadline is not { } deadline)
            errors.Add(new(nameof(SupervisionOrder.Deadline), ValidationCodes.Required));
        else if (deadline < today)
            errors.Add(new(nameof(SupervisionOrder.Deadline), ValidationCodes.NotBefore, today));
        else if (deadline > today.AddDays(MaxDeadlineDays))
            errors.Add(new(nameof(SupervisionOrder.Deadline), ValidationCodes.TooLarge, today.AddDays(MaxDeadlineDays)));
        if (!Enum.IsDefined(order.SubjectKind) || (order.SubjectKind != SupervisionSubject.SubDistrict && order.SubjectId is null))
            errors.Add(new(nameof(SupervisionOrder.SubjectId), ValidationCodes.NotFound));
        var subDistrict = await nodes.GetByIdAsync(order.SubDistrictId);
        if (subDistrict is not { Level: NodeLevel.SubDistrict, IsRetired: false })
            errors.Add(new(nameof(SupervisionOrder.SubDistrictId), ValidationCodes.WrongParentLevel, NodeLevel.SubDistrict));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);

        order.Origin = SupervisionOrigin.ByHand;
        order.Reason = Clean(order.Reason);
        order.RequiredAction = Clean(order.RequiredAction!);
        order.WeekEnding = Campaigns.ReportingCalendar.WeekEnding(today);
        order.RaisedUtc = context.AtUtc;
        order.RaisedByName = context.UserName;
        order.Status = SupervisionStatus.AwaitingAnswer;
        if (order.SubjectKind == SupervisionSubject.SubDistrict)
            order.SubjectId = order.SubDistrictId;
        var audit = new AuditDiff(AuditEntities.SupervisionOrder, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, nameof(SupervisionOrder.Deadline), newValue: Day(order.Deadline!.Value))
            .Action(AuditActions.Create, nameof(SupervisionOrder.SubjectKind), newValue: $"{order.SubjectKind}:{order.SubjectId}").Entries;
        var id = await orders.RaiseByHandAsync(order, audit);
        // After the write: the inbox, the mail and the group robots, once per order (its own dedup key).
        if (notices is not null)
            await notices.RaiseAsync(SupervisionNotices.RaisedByHand(order, subDistrict!), context.AtUtc);
        return DomainResult<long>.Done(id);
    }

    /// <summary>反馈: the sub-district says what it did. Only an open order waiting for an answer (new or sent back) takes one.</summary>
    public async Task<DomainResult> AnswerAsync(long id, string? answer, long expectedVersion, ChangeContext context)
    {
        var errors = new List<ValidationError>();
        Text(errors, nameof(SupervisionOrder.Answer), answer);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var order = await CurrentAsync(id, expectedVersion);
        if (!order.IsOpen)
            return DomainResult.Refuse(nameof(SupervisionOrder.ClosedUtc), ValidationCodes.AlreadyClosed);
        if (order.Status == SupervisionStatus.Answered)
            return DomainResult.Refuse(nameof(SupervisionOrder.Answer), ValidationCodes.AlreadyAnswered);

        var diff = new AuditDiff(AuditEntities.SupervisionOrder, order.Id, context)
            .Field(nameof(SupervisionOrder.Answer), order.Answer, Clean(answer!))
            .Field(nameof(SupervisionOrder.Status), order.Status.ToString(), SupervisionStatus.Answered.ToString());
        order.Answer = Clean(answer!);
        order.AnsweredUtc = context.AtUtc;
        order.AnsweredByName = context.UserName;
        order.Status = SupervisionStatus.Answered;
        await orders.UpdateStateAsync(order, diff.Entries);
        return DomainResult.Ok;
    }

    /// <summary>The office sends an answer back with its reason; only an answered, open order goes back.</summary>
    public async Task<DomainResult> SendBackAsync(long id, string? reason, long expectedVersion, ChangeContext context)
    {
        var errors = new List<ValidationError>();
        Text(errors, nameof(SupervisionOrder.SendBackReason), reason);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var order = await CurrentAsync(id, expectedVersion);
        if (!order.IsOpen)
            return DomainResult.Refuse(nameof(SupervisionOrder.ClosedUtc), ValidationCodes.AlreadyClosed);
        if (order.Status != SupervisionStatus.Answered)
            return DomainResult.Refuse(nameof(SupervisionOrder.SendBackReason), ValidationCodes.NotAnswered);

        var diff = new AuditDiff(AuditEntities.SupervisionOrder, order.Id, context)
            .Field(nameof(SupervisionOrder.SendBackReason), order.SendBackReason, Clean(reason!))
            .Field(nameof(SupervisionOrder.Status), order.Status.ToString(), SupervisionStatus.SentBack.ToString());
        order.SendBackReason = Clean(reason!);
        order.SentBackUtc = context.AtUtc;
        order.Status = SupervisionStatus.SentBack;
        await orders.UpdateStateAsync(order, diff.Entries);
        return DomainResult.Ok;
    }

    /// <summary>
    /// The level an order should have reached on <paramref name="today"/>: none while it is closed, answered (the
    /// office's turn) or within its deadline; a reminder the day after, 约谈 after <see cref="InterviewAfterDays"/> days,
    /// 追责 after <see cref="AccountabilityAfterDays"/>. Never lower than the level it has (an answer does not undo one).
    /// </summary>
    public static SupervisionEscalation EscalationDue(SupervisionOrder order, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.IsOpen || order.Status == SupervisionStatus.Answered || order.Deadline is not { } deadline || today <= deadline)
            return order.EscalationLevel;
        var late = today.DayNumber - deadline.DayNumber;
        var due = late > AccountabilityAfterDays ? SupervisionEscalation.Accountability
            : late > InterviewAfterDays ? SupervisionEscalation.Interview
            : SupervisionEscalation.Reminder;
        return due > order.EscalationLevel ? due : order.EscalationLevel;
    }

    /// <summary>Raises the order to the level due on <paramref name="today"/>; returns the new level, or null when none was due.</summary>
    public async Task<SupervisionEscalation?> EscalateAsync(SupervisionOrder order, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(order);
        var due = EscalationDue(order, today);
        if (due <= order.EscalationLevel)
            return null;
        var audit = new AuditDiff(AuditEntities.SupervisionOrder, order.Id, context)
            .Field(nameof(SupervisionOrder.EscalationLevel), order.EscalationLevel.ToString(), due.ToString()).Entries;
        order.EscalationLevel = due;
        order.EscalatedUtc = context.AtUtc;
        await orders.UpdateStateAsync(order, audit);
        return due;
    }

    private async Task<SupervisionOrder> CurrentAsync(long id, long expectedVersion)
    {
        var order = await orders.GetByIdAsync(id);
        if (order is null || order.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.SupervisionOrder, id);
        return order;
    }

    private static void Text(List<ValidationError> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            errors.Add(new(field, ValidationCodes.Required));
        else if (text.Trim().Length > MaxTextLength)
            errors.Add(new(field, ValidationCodes.TooLong, MaxTextLength));
    }

    /// <summary>Narratives keep their line breaks and lose other control characters (TextRule), trimmed.</summary>
    private static string Clean(string text) => TextRule.CleanNarrative(text.Trim())!;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
