using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Committees;

/// <summary>
/// How committee changes are audited, the same in both databases: the consultation under the estate's id, each
/// committee term under its own id; field by field, members as one "name（role）★" list so a change of the list reads whole.
/// </summary>
public static class CommitteeAudit
{
    public const string ConsultationEntity = AuditEntities.Consultation;
    public const string CommitteeEntity = AuditEntities.OwnersCommittee;
    public const string HandOverAction = "hand-over";

    public static IReadOnlyList<AuditEntry> Diff(ResidentConsultation? before, ResidentConsultation after, ChangeContext context)
    {
        var diff = new AuditDiff(ConsultationEntity, after.EstateId, context);
        if (before is null)
            diff.Action(AuditActions.Create);
        before ??= new ResidentConsultation();
        return diff
            .Field(nameof(after.WorksAcceptedOn), before.WorksAcceptedOn, after.WorksAcceptedOn)
            .Field(nameof(after.StartDate), before.StartDate, after.StartDate)
            .Field(nameof(after.EndDate), before.EndDate, after.EndDate)
            .Field(nameof(after.Households), before.Households, after.Households)
            .Field(nameof(after.BallotsReturned), before.BallotsReturned, after.BallotsReturned)
            .Field(nameof(after.VotesForProfessional), before.VotesForProfessional, after.VotesForProfessional)
            .Field(nameof(after.VotesForCommunityBased), before.VotesForCommunityBased, after.VotesForCommunityBased)
            .Field(nameof(after.Outcome), before.Outcome, after.Outcome)
            .Entries;
    }

    /// <summary>The works-accepted date recorded on the estate's consultation (created when missing); nothing when it is already that date.</summary>
    public static IReadOnlyList<AuditEntry> WorksAccepted(ResidentConsultation? before, long estateId, DateOnly acceptedOn, ChangeContext context)
    {
        var after = before?.Copy() ?? new ResidentConsultation { EstateId = estateId };
        after.WorksAcceptedOn = acceptedOn;
        return before?.WorksAcceptedOn == acceptedOn ? [] : Diff(before, after, context);
    }

    /// <summary>A new term: one create entry (the term number) and its fields from nothing.</summary>
    public static IReadOnlyList<AuditEntry> Created(OwnersCommittee c, ChangeContext context) =>
        Fields(new AuditDiff(CommitteeEntity, c.Id, context).Action(AuditActions.Create, nameof(c.Term), null, c.Term.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new OwnersCommittee { MeetingDate = default, TermEndDate = default }, c, fromNothing: true).Entries;

    public static IReadOnlyList<AuditEntry> Diff(OwnersCommittee before, OwnersCommittee after, ChangeContext context) =>
        Fields(new AuditDiff(CommitteeEntity, after.Id, context), before, after, fromNothing: false).Entries;

    /// <summary>
    /// The old term's side of a handover: the day it ended and the successor, named by its term number (下一届: 第N届),
    /// which Core knows before the successor row exists.
    /// </summary>
    public static IReadOnlyList<AuditEntry> HandedOver(OwnersCommittee old, int successorTerm, ChangeContext context) =>
        new AuditDiff(CommitteeEntity, old.Id, context)
            .Action(HandOverAction, nameof(old.HandedOverOn), null, old.HandedOverOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Action(HandOverAction, "Successor", null, successorTerm.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Entries;

    public static string MemberList(IEnumerable<CommitteeMember> members) =>
        string.Join("；", members.Select(m => $"{m.Name}（{m.Role}）{(m.IsChair ? "★" : "")}"));

    private static AuditDiff Fields(AuditDiff diff, OwnersCommittee before, OwnersCommittee after, bool fromNothing) => diff
        .Field(nameof(after.MeetingDate), fromNothing ? null : (DateOnly?)before.MeetingDate, after.MeetingDate)
        .Field(nameof(after.FilingDate), before.FilingDate, after.FilingDate)
        .Field(nameof(after.TermEndDate), fromNothing ? null : (DateOnly?)before.TermEndDate, after.TermEndDate)
        .Field(nameof(after.Members), fromNothing ? null : MemberList(before.Members), MemberList(after.Members));
}
