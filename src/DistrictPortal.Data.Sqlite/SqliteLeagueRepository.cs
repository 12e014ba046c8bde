using System.Globalization;
using Dapper;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// The league's reads on SQLite, one statement each. The standing is a correlated LIMIT 1 per sub-district and week
/// on IX_ReturnSnapshot_SubDistrictId_Newest (0005), so its cost grows with the sub-districts, not with the weeks kept.
/// </summary>
public sealed class SqliteLeagueRepository(SqliteConnectionFactory connections) : ILeagueRepository
{
    public async Task<IReadOnlyList<LeagueStanding>> ReadStandingsAsync(string scopePath, DateOnly weekEnding, DateOnly previousWeekEnding)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var standings = await connection.QueryAsync<LeagueStanding>(
            """
            WITH Week (AsOfWeek) AS (SELECT @weekEnding UNION ALL SELECT @previousWeekEnding),
            Pick AS (
                SELECT s.Id AS SubDistrictId, s.Name AS SubDistrictName, s.SortOrder, w.AsOfWeek,
                       (SELECT rs.Id FROM ReturnSnapshot rs
                        WHERE rs.SubDistrictId = s.Id AND rs.WeekEnding <= w.AsOfWeek
                        ORDER BY rs.WeekEnding DESC, rs.AcceptedUtc DESC, rs.Id DESC
                        LIMIT 1) AS SnapshotId,
                       (SELECT COUNT(*) FROM SupervisionOrder o
                        WHERE o.SubDistrictId = s.Id AND o.ClosedUtc IS NULL) AS OpenSupervisionOrders
                FROM Node s
                CROSS JOIN Week w
                WHERE s.Level = @subDistrict AND s.IsRetired = 0 AND s.Path >= @scopeFrom AND s.Path < @scopeTo)
            SELECT p.SubDistrictId, p.SubDistrictName, p.SortOrder, p.AsOfWeek, p.SnapshotId, rs.WeeklyReturnId,
                   rs.WeekEnding AS SnapshotWeekEnding, COALESCE(rs.IsRestatement, 0) AS IsRestatement,
                   COALESCE(rs.WasOnTime, 0) AS WasOnTime, COALESCE(rs.Baseline, 0) AS Baseline,
                   COALESCE(rs.Covered, 0) AS Covered, COALESCE(rs.Remaining, 0) AS Remaining, rs.PercentCleared,
                   COALESCE(rs.NewlyCovered, 0) AS NewlyCovered, COALESCE(rs.CommitteesFormed, 0) AS CommitteesFormed,
                   p.OpenSupervisionOrders
            FROM Pick p
            LEFT JOIN ReturnSnapshot rs ON rs.Id = p.SnapshotId
            ORDER BY p.AsOfWeek DESC, p.SortOrder, p.SubDistrictId
            """,
            new { scopeFrom, scopeTo, weekEnding, previousWeekEnding, subDistrict = (int)NodeLevel.SubDistrict });
        return standings.AsList();
    }

    /// <summary>
    /// Read by hand rather than through Dapper: the league reads every week of a district's (20,800 in a city) after each
    /// change, and Dapper's boxed reads plus the text-to-time handlers had been most of a week's build (issue 19's profile).
    /// The covering index IX_WeeklyReturn_WeekEnding_Submission (0030) answers it without touching the returns' wide rows.
    /// </summary>
    public async Task<IReadOnlyList<LeagueSubmission>> ReadSubmissionsAsync(string scopePath, DateOnly from, DateOnly to)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.SubDistrictId, r.WeekEnding, r.FirstSubmittedUtc, r.WasSentBack
            FROM WeeklyReturn r
            JOIN Node s ON s.Id = r.SubDistrictId
            WHERE s.Path >= @scopeFrom AND s.Path < @scopeTo AND r.WeekEnding BETWEEN @from AND @to
            """;
        command.Parameters.AddWithValue("@scopeFrom", scopeFrom);
        command.Parameters.AddWithValue("@scopeTo", scopeTo);
        command.Parameters.AddWithValue("@from", from.ToString(SqliteTypeHandlers.DateFormat, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("@to", to.ToString(SqliteTypeHandlers.DateFormat, CultureInfo.InvariantCulture));
        var submissions = new List<LeagueSubmission>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            submissions.Add(new LeagueSubmission
            {
                SubDistrictId = reader.GetInt64(0),
                WeekEnding = StoredText.ParseDate(reader.GetString(1)),
                FirstSubmittedUtc = reader.IsDBNull(2) ? null : StoredText.ParseUtc(reader.GetString(2)),
                WasSentBack = reader.GetBoolean(3),
            });
        return submissions;
    }

    /// <summary>
    /// By hand, as <see cref="ReadSubmissionsAsync"/>: a city's district has 20,800 snapshots, read again after every change,
    /// and Dapper's boxed reads took 100 ms of it.
    /// </summary>
    public async Task<IReadOnlyList<SnapshotHeadline>> ReadSnapshotHeadlinesAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT rs.Id, rs.WeeklyReturnId, rs.SubDistrictId, rs.WeekEnding, rs.AcceptedUtc, rs.IsRestatement, rs.WasOnTime,
                   rs.Baseline, rs.Covered, rs.Remaining, rs.PercentCleared, rs.NewlyCovered, rs.CommitteesFormed
            FROM ReturnSnapshot rs
            JOIN Node s ON s.Id = rs.SubDistrictId
            WHERE s.Path >= @scopeFrom AND s.Path < @scopeTo
            """;
        command.Parameters.AddWithValue("@scopeFrom", scopeFrom);
        command.Parameters.AddWithValue("@scopeTo", scopeTo);
        var headlines = new List<SnapshotHeadline>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            headlines.Add(new SnapshotHeadline
            {
                Id = reader.GetInt64(0),
                WeeklyReturnId = reader.GetInt64(1),
                SubDistrictId = reader.GetInt64(2),
                WeekEnding = StoredText.ParseDate(reader.GetString(3)),
                AcceptedUtc = StoredText.ParseUtc(reader.GetString(4)),
                IsRestatement = reader.GetInt64(5) != 0,
                WasOnTime = reader.GetInt64(6) != 0,
                Baseline = reader.GetInt32(7),
                Covered = reader.GetInt32(8),
                Remaining = reader.GetInt32(9),
                PercentCleared = reader.IsDBNull(10) ? null : StoredText.ParseDecimal(reader.GetString(10)),
                NewlyCovered = reader.GetInt32(11),
                CommitteesFormed = reader.GetInt32(12),
            });
        return headlines;
    }

    public async Task<IReadOnlyList<LeagueEstateRow>> ReadEstatesAsync(long weeklyReturnId)
    {
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<LeagueEstateRow>(
            """
            SELECT r.WeeklyReturnId, r.EstateId, r.EstateName, r.Households, c.Id AS CommunityId, c.Name AS CommunityName,
                   c.SortOrder AS CommunitySortOrder, r.IsStruckOff, r.StruckOffDate, r.CommitteeElectedDate
            FROM ReturnRow r
            JOIN Node e ON e.Id = r.EstateId
            JOIN Node c ON c.Id = e.ParentId
            WHERE r.WeeklyReturnId = @weeklyReturnId
            ORDER BY c.SortOrder, c.Id, r.EstateId
            """,
            new { weeklyReturnId });
        return rows.AsList();
    }
}
