using DistrictPortal.Core.Returns;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[ReturnCommunityPart_*] procedure; the properties are its parameters.

[StoredProcedure("ReturnCommunityPart_ReadByWeeklyReturnId")]
internal sealed record ReturnCommunityPartReadByWeeklyReturnId(long WeeklyReturnId) : IQuery<CommunityPart>;

[StoredProcedure("ReturnCommunityPart_Update")]
internal sealed record ReturnCommunityPartUpdate(
    long WeeklyReturnId, long CommunityId, DateTime? StartedUtc, string? StartedByName, DateTime? DoneUtc, long? DoneByUserId,
    string? DoneByName, long Version, int ReturnStatus) : ICommand;
