using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Coordination;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[AccountabilityCase_*], [dbo].[AccountabilityGround_*], [dbo].[MemberUnit_*],
// [dbo].[CoordinationItem_*] and [dbo].[CoordinationReply_*] procedure; the properties are its parameters.

[StoredProcedure("AccountabilityCase_Create")]
internal sealed record AccountabilityCaseCreate(
    long UnitNodeId, string? PersonName, string? PersonPost, string Reason, AccountabilityDecision Decision, DateOnly DecidedOn, string DecidedBy,
    int? IssueYear, int? IssueNo, DateTime CreatedUtc, string CreatedByName) : IQuery<long>
{
    public static AccountabilityCaseCreate From(AccountabilityCase c) =>
        new(c.UnitNodeId, c.PersonName, c.PersonPost, c.Reason, c.Decision, c.DecidedOn, c.DecidedBy, c.IssueYear, c.IssueNo, c.CreatedUtc, c.CreatedByName);
}

[StoredProcedure("AccountabilityCase_ReadById")]
internal sealed record AccountabilityCaseReadById(long Id) : IQuery<AccountabilityCase>;

[StoredProcedure("AccountabilityCase_ReadByScopePath")]
internal sealed record AccountabilityCaseReadByScopePath(string ScopePath) : IQuery<AccountabilityCase>;

[StoredProcedure("AccountabilityCase_ReadMaxIssueNo")]
internal sealed record AccountabilityCaseReadMaxIssueNo(int IssueYear) : IQuery<int>;

[StoredProcedure("AccountabilityGround_Create")]
internal sealed record AccountabilityGroundCreate(long CaseId, AccountabilityGroundKind Kind, long TargetId, DateOnly WeekEnding, string? Note) : ICommand;

[StoredProcedure("AccountabilityGround_ReadByCaseId")]
internal sealed record AccountabilityGroundReadByCaseId(long CaseId) : IQuery<AccountabilityGround>;

[StoredProcedure("MemberUnit_Create")]
internal sealed record MemberUnitCreate(string Name, bool IsRetired) : IQuery<long>;

[StoredProcedure("MemberUnit_ReadAll")]
internal sealed record MemberUnitReadAll : IQuery<MemberUnit>;

[StoredProcedure("MemberUnit_Update")]
internal sealed record MemberUnitUpdate(long Id, string Name, bool IsRetired) : ICommand;

[StoredProcedure("CoordinationItem_Create")]
internal sealed record CoordinationItemCreate(
    long SubDistrictId, long EstateId, string EstateName, long WeeklyReturnId, DateOnly WeekEnding, string Ask, CoordinationStatus Status,
    long? MemberUnitId, DateTime CreatedUtc, string CreatedByName) : IQuery<long>
{
    public static CoordinationItemCreate From(CoordinationItem i) =>
        new(i.SubDistrictId, i.EstateId, i.EstateName, i.WeeklyReturnId, i.WeekEnding, i.Ask, i.Status, i.MemberUnitId, i.CreatedUtc, i.CreatedByName);
}

[StoredProcedure("CoordinationItem_ReadById")]
internal sealed record CoordinationItemReadById(long Id) : IQuery<CoordinationItem>;

[StoredProcedure("CoordinationItem_ReadByScopePath")]
internal sealed record CoordinationItemReadByScopePath(string ScopePath) : IQuery<CoordinationItem>;

[StoredProcedure("CoordinationItem_ReadAsksByScopePath")]
internal sealed record CoordinationItemReadAsksByScopePath(string ScopePath) : IQuery<CoordinationAsk>;

[StoredProcedure("CoordinationItem_Update")]
internal sealed record CoordinationItemUpdate(long Id, CoordinationStatus Status, long? MemberUnitId, DateTime? AssignedUtc, DateTime? ClosedUtc, long Version) : ICommand;

[StoredProcedure("CoordinationReply_Create")]
internal sealed record CoordinationReplyCreate(long ItemId, DateOnly RepliedOn, string Text, bool IsClosing, DateTime RecordedUtc, string RecordedByName) : IQuery<long>;

[StoredProcedure("CoordinationReply_ReadByItemId")]
internal sealed record CoordinationReplyReadByItemId(long ItemId) : IQuery<CoordinationReply>;
