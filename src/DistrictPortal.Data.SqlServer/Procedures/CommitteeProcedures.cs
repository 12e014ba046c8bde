using DistrictPortal.Core.Committees;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[EstateConsultation_*], [dbo].[OwnersCommittee_*], [dbo].[CommitteeMember_*] and
// [dbo].[CommitteeTrack_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("EstateConsultation_ReadByEstateId")]
internal sealed record EstateConsultationReadByEstateId(long EstateId) : IQuery<ResidentConsultation>;

[StoredProcedure("EstateConsultation_Create")]
internal sealed record EstateConsultationCreate(
    long EstateId, DateOnly? WorksAcceptedOn, DateOnly? StartDate, DateOnly? EndDate, int Households, int BallotsReturned,
    int VotesForProfessional, int VotesForCommunityBased) : ICommand
{
    public static EstateConsultationCreate From(ResidentConsultation c) => new(
        c.EstateId, c.WorksAcceptedOn, c.StartDate, c.EndDate, c.Households, c.BallotsReturned, c.VotesForProfessional, c.VotesForCommunityBased);
}

[StoredProcedure("EstateConsultation_Update")]
internal sealed record EstateConsultationUpdate(
    long EstateId, DateOnly? WorksAcceptedOn, DateOnly? StartDate, DateOnly? EndDate, int Households, int BallotsReturned,
    int VotesForProfessional, int VotesForCommunityBased, long Version) : ICommand
{
    public static EstateConsultationUpdate From(ResidentConsultation c) => new(
        c.EstateId, c.WorksAcceptedOn, c.StartDate, c.EndDate, c.Households, c.BallotsReturned, c.VotesForProfessional,
        c.VotesForCommunityBased, c.Version);
}

[StoredProcedure("EstateConsultation_UpdateWorksAccepted")]
internal sealed record EstateConsultationUpdateWorksAccepted(long EstateId, DateOnly WorksAcceptedOn) : ICommand;

[StoredProcedure("OwnersCommittee_ReadByEstateId")]
internal sealed record OwnersCommitteeReadByEstateId(long EstateId) : IQuery<OwnersCommittee>;

/// <summary>The new term's id; its number is Core's (after the estate's last).</summary>
[StoredProcedure("OwnersCommittee_Create")]
internal sealed record OwnersCommitteeCreate(
    long EstateId, int Term, DateOnly MeetingDate, DateOnly? FilingDate, DateOnly TermEndDate,
    [property: TableType("CommitteeMemberList")] IReadOnlyList<CommitteeMemberListItem> Members) : IQuery<long>;

[StoredProcedure("OwnersCommittee_Update")]
internal sealed record OwnersCommitteeUpdate(
    long Id, DateOnly MeetingDate, DateOnly? FilingDate, DateOnly TermEndDate,
    [property: TableType("CommitteeMemberList")] IReadOnlyList<CommitteeMemberListItem> Members, long Version) : ICommand;

[StoredProcedure("OwnersCommittee_UpdateHandedOver")]
internal sealed record OwnersCommitteeUpdateHandedOver(long Id, DateOnly HandedOverOn, long Version) : ICommand;

[StoredProcedure("CommitteeMember_ReadByEstateId")]
internal sealed record CommitteeMemberReadByEstateId(long EstateId) : IQuery<CommitteeMember>;

[StoredProcedure("CommitteeTrack_ReadByScopePath")]
internal sealed record CommitteeTrackReadByScopePath(string ScopePath, bool RecordedOnly) : IQuery<CommitteeTrack>;

[StoredProcedure("CommitteeTrack_ReadRecordedByScopePath")]
internal sealed record CommitteeTrackReadRecordedByScopePath(string ScopePath) : IQuery<CommitteeTrack>;

/// <summary>One row of [dbo].[CommitteeMemberList], in its column order.</summary>
internal sealed record CommitteeMemberListItem(int Position, string Name, string Role, bool IsChair)
{
    public static IReadOnlyList<CommitteeMemberListItem> From(IEnumerable<CommitteeMember> members) =>
        members.Select(m => new CommitteeMemberListItem(m.Position, m.Name, m.Role, m.IsChair)).ToList();
}
