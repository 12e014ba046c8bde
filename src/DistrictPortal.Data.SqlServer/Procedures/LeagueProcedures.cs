using DistrictPortal.Core.League;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[LeagueTable_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("LeagueTable_ReadByWeek")]
internal sealed record LeagueTableReadByWeek(string ScopePath, DateOnly WeekEnding, DateOnly PreviousWeekEnding) : IQuery<LeagueStanding>;

[StoredProcedure("LeagueTable_ReadEstatesByWeeklyReturnId")]
internal sealed record LeagueTableReadEstatesByWeeklyReturnId(long WeeklyReturnId) : IQuery<LeagueEstateRow>;

[StoredProcedure("LeagueTable_ReadSubmissions")]
internal sealed record LeagueTableReadSubmissions(string ScopePath, DateOnly From, DateOnly To) : IQuery<LeagueSubmission>;

[StoredProcedure("LeagueTable_ReadSnapshotHeadlines")]
internal sealed record LeagueTableReadSnapshotHeadlines(string ScopePath) : IQuery<SnapshotHeadline>;
