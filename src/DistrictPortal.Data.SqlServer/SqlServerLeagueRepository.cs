using DistrictPortal.Core.League;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The league's reads on SQL Server: [dbo].[LeagueTable_*], one call per table.</summary>
public sealed class SqlServerLeagueRepository(string connectionString) : ILeagueRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<LeagueStanding>> ReadStandingsAsync(string scopePath, DateOnly weekEnding, DateOnly previousWeekEnding) =>
        _db.ReadAsync(async c =>
        {
            var standings = await c.CallAsync(new LeagueTableReadByWeek(scopePath ?? "", weekEnding, previousWeekEnding));
            foreach (var s in standings)
                s.PercentCleared = Decimals.Canonical(s.PercentCleared);
            return standings;
        });

    public Task<IReadOnlyList<LeagueSubmission>> ReadSubmissionsAsync(string scopePath, DateOnly from, DateOnly to) =>
        _db.ReadAsync(c => c.CallAsync(new LeagueTableReadSubmissions(scopePath ?? "", from, to)));

    public Task<IReadOnlyList<SnapshotHeadline>> ReadSnapshotHeadlinesAsync(string scopePath) =>
        _db.ReadAsync(async c =>
        {
            var headlines = await c.CallAsync(new LeagueTableReadSnapshotHeadlines(scopePath ?? ""));
            foreach (var h in headlines)
                h.PercentCleared = Decimals.Canonical(h.PercentCleared);
            return headlines;
        });

    public Task<IReadOnlyList<LeagueEstateRow>> ReadEstatesAsync(long weeklyReturnId) =>
        _db.ReadAsync(c => c.CallAsync(new LeagueTableReadEstatesByWeeklyReturnId(weeklyReturnId)));
}
