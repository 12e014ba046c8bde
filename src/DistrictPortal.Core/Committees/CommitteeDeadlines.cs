namespace DistrictPortal.Core.Committees;

public enum CommitteeAlertKind
{
    /// <summary>No consultation a month after the hardware works were accepted (P8: 竣工并接收后一个月内).</summary>
    ConsultationOverdue = 1,
    /// <summary>Professional outcome but no owners' meeting or no committee two months on (P8: 两个月内).</summary>
    MeetingOverdue = 2,
    /// <summary>A committee elected but not filed with the sub-district (P9: 备案). The source sets no period, so it shows at once.</summary>
    FilingMissing = 3,
    /// <summary>The term ends within <see cref="CommitteeDeadlines.TermWarningDays"/> days: re-election (换届) is due (P9).</summary>
    TermEndingSoon = 4,
    /// <summary>The term has ended and no new term is recorded.</summary>
    TermExpired = 5,
}

/// <param name="DueDate">The deadline (or the term end) the alert is about.</param>
/// <param name="Days">Days overdue (past the due date) or, for a term ending soon, days left.</param>
public sealed record CommitteeAlert(long EstateId, string EstateName, CommitteeAlertKind Kind, DateOnly DueDate, int Days);

/// <summary>Deadlines of P8 and P9 and which estates have missed them on a given day (Asia/Shanghai date).</summary>
public static class CommitteeDeadlines
{
    public const int ConsultationMonths = 1;
    public const int MeetingMonths = 2;
    public const int TermWarningDays = 90;

    public static DateOnly? ConsultationDue(CommitteeTrack t) =>
        t.HardwareAcceptedDate is { } accepted ? CalendarMonths.After(accepted, ConsultationMonths) : null;

    /// <summary>Counted from the consultation that produced the professional outcome.</summary>
    public static DateOnly? MeetingDue(CommitteeTrack t) =>
        t.Outcome == ConsultationOutcome.Professional ? CalendarMonths.After(t.ConsultationDate!.Value, MeetingMonths) : null;

    /// <summary>Every alert for every estate, ordered by estate then kind. A deadline day is still in time; the day after is overdue.</summary>
    public static IReadOnlyList<CommitteeAlert> Classify(IEnumerable<CommitteeTrack> tracks, DateOnly today) =>
        tracks.SelectMany(t => Alerts(t, today)).OrderBy(a => a.EstateName, StringComparer.Ordinal).ThenBy(a => a.EstateId).ThenBy(a => a.Kind).ToList();

    public static IEnumerable<CommitteeAlert> Alerts(CommitteeTrack t, DateOnly today)
    {
        if (t.ConsultationDate is null && ConsultationDue(t) is { } consultDue && today > consultDue)
            yield return Alert(t, CommitteeAlertKind.ConsultationOverdue, consultDue, today.DayNumber - consultDue.DayNumber);

        if ((t.OwnersMeetingDate is null || t.CommitteeElectedDate is null) && MeetingDue(t) is { } meetDue && today > meetDue)
            yield return Alert(t, CommitteeAlertKind.MeetingOverdue, meetDue, today.DayNumber - meetDue.DayNumber);

        if (t.CommitteeElectedDate is { } elected && t.FilingDate is null)
            yield return Alert(t, CommitteeAlertKind.FilingMissing, elected, today.DayNumber - elected.DayNumber);

        if (t.TermEndDate is { } termEnd)
        {
            var left = termEnd.DayNumber - today.DayNumber;
            if (left < 0)
                yield return Alert(t, CommitteeAlertKind.TermExpired, termEnd, -left);
            else if (left <= TermWarningDays)
                yield return Alert(t, CommitteeAlertKind.TermEndingSoon, termEnd, left);
        }
    }

    private static CommitteeAlert Alert(CommitteeTrack t, CommitteeAlertKind kind, DateOnly due, int days) =>
        new(t.EstateId, t.EstateName, kind, due, days);
}
