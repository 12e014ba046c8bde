using Dapper;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Weekly returns on SQLite: reads here, writes (each one transaction with its audit) in .Writes.cs. A return's
/// rows are its own document: the estate's name and households are read as filed for that week.
/// </summary>
public sealed partial class SqliteWeeklyReturnRepository(SqliteConnectionFactory connections) : IWeeklyReturnRepository
{
    private const string SelectReturn = """
        SELECT r.Id, r.SubDistrictId, s.Name AS SubDistrictName, r.WeekEnding, r.Status, r.FirstSubmittedUtc,
               r.LastSubmittedUtc, r.SubmittedByUserId, r.SubmittedByName, r.ReviewedUtc, r.ReviewedByUserId,
               r.ReviewedByName, r.ReviewReason, r.HasBeenAccepted, r.IsRestatement, r.ProgressNarrative,
               r.ProblemsNarrative, r.NextWeekPlan, r.Version
        FROM WeeklyReturn r
        JOIN Node s ON s.Id = r.SubDistrictId
        """;

    private const string SelectRows = """
        SELECT WeeklyReturnId, EstateId, EstateName, Households, Mode, SixHaves, ConsultationDate, OwnersMeetingDate,
               CommitteeElectedDate, ContractSignedDate, IsStruckOff, StruckOffDate, Blockers, HelpAsked, ReviewReason
        FROM ReturnRow
        WHERE WeeklyReturnId = @id
        ORDER BY EstateId
        """;

    private const string SnapshotColumns = """
        Id, WeeklyReturnId, SubDistrictId, SubDistrictName, WeekEnding, AcceptedUtc, IsRestatement, WasOnTime,
        Baseline, Covered, Remaining, PercentCleared, NewlyCovered, CommitteesFormed, HouseholdsCovered, CoveredEstateIds
        """;

    public Task<WeeklyReturn?> GetByIdAsync(long id) =>
        GetWithRowsAsync($"{SelectReturn} WHERE r.Id = @id", new { id });

    public Task<WeeklyReturn?> GetAsync(long subDistrictId, DateOnly weekEnding) =>
        GetWithRowsAsync($"{SelectReturn} WHERE r.SubDistrictId = @subDistrictId AND r.WeekEnding = @weekEnding",
            new { subDistrictId, weekEnding });

    /// <summary>Accepted now: a reopened return is not accepted until it is accepted again.</summary>
    public Task<WeeklyReturn?> GetLastAcceptedAsync(long subDistrictId, DateOnly weekEnding) =>
        GetWithRowsAsync(
            $"""
            {SelectReturn}
            WHERE r.SubDistrictId = @subDistrictId AND r.WeekEnding < @weekEnding AND r.Status = @accepted
            ORDER BY r.WeekEnding DESC
            LIMIT 1
            """,
            new { subDistrictId, weekEnding, accepted = (int)ReturnStatus.Accepted });

    /// <summary>The live estates of the sub-district (community → estate in the path).</summary>
    public async Task<IReadOnlyList<RegistryFacts>> ListRegistryFactsAsync(long subDistrictId)
    {
        await using var connection = await connections.OpenAsync();
        var facts = await connection.QueryAsync<RegistryFacts>(
            """
            SELECT e.Id AS EstateId, e.Status, e.Mode, e.SixHaves, e.StruckOffDate
            FROM Node s
            JOIN Node c ON c.ParentId = s.Id
            JOIN Node n ON n.ParentId = c.Id AND n.IsRetired = 0
            JOIN Estate e ON e.Id = n.Id
            WHERE s.Id = @subDistrictId
            """,
            new { subDistrictId });
        return facts.AsList();
    }

    /// <summary>Newest week first, then the sub-districts in hierarchy order.</summary>
    public async Task<IReadOnlyList<ReturnSummary>> ListAsync(string scopePath, DateOnly from, DateOnly to)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var summaries = await connection.QueryAsync<ReturnSummary>(
            """
            SELECT r.Id, r.SubDistrictId, s.Name AS SubDistrictName, r.WeekEnding, r.Status, r.FirstSubmittedUtc,
                   r.ReviewedUtc, r.IsRestatement, r.WasSentBack, r.MarkedOverdueUtc
            FROM WeeklyReturn r
            JOIN Node s ON s.Id = r.SubDistrictId
            WHERE s.Path >= @scopeFrom AND s.Path < @scopeTo AND r.WeekEnding BETWEEN @from AND @to
            ORDER BY r.WeekEnding DESC, s.SortOrder, s.Name COLLATE NOCASE, s.Id
            """,
            new { scopeFrom, scopeTo, from, to });
        return summaries.AsList();
    }

    /// <summary>Oldest first: the original acceptance, then each restatement.</summary>
    public async Task<IReadOnlyList<ReturnSnapshot>> ListSnapshotsAsync(long weeklyReturnId)
    {
        await using var connection = await connections.OpenAsync();
        var snapshots = await connection.QueryAsync<ReturnSnapshot>(
            $"SELECT {SnapshotColumns} FROM ReturnSnapshot WHERE WeeklyReturnId = @weeklyReturnId ORDER BY AcceptedUtc, Id",
            new { weeklyReturnId });
        return snapshots.AsList();
    }

    /// <summary>
    /// The newest snapshot per sub-district and week (the latest acceptance; the highest id breaks a tie, as on
    /// SQL Server), ordered by week and then the sub-districts in hierarchy order.
    /// </summary>
    public async Task<IReadOnlyList<ReturnSnapshot>> ListCurrentSnapshotsAsync(string scopePath, DateOnly from, DateOnly to)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var snapshots = await connection.QueryAsync<ReturnSnapshot>(
            $"""
            SELECT {SnapshotColumns}
            FROM (
                SELECT rs.*, s.SortOrder AS SubDistrictSortOrder, s.Name AS CurrentSubDistrictName,
                       ROW_NUMBER() OVER (PARTITION BY rs.SubDistrictId, rs.WeekEnding
                                          ORDER BY rs.AcceptedUtc DESC, rs.Id DESC) AS Newness
                FROM ReturnSnapshot rs
                JOIN Node s ON s.Id = rs.SubDistrictId
                WHERE s.Path >= @scopeFrom AND s.Path < @scopeTo AND rs.WeekEnding BETWEEN @from AND @to)
            WHERE Newness = 1
            ORDER BY WeekEnding, SubDistrictSortOrder, CurrentSubDistrictName COLLATE NOCASE, SubDistrictId
            """,
            new { scopeFrom, scopeTo, from, to });
        return snapshots.AsList();
    }

    /// <summary>The return and its rows from one read transaction, so the rows are the ones of the version read.</summary>
    private async Task<WeeklyReturn?> GetWithRowsAsync(string sql, object parameters)
    {
        await using var connection = await connections.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var weeklyReturn = await connection.QuerySingleOrDefaultAsync<WeeklyReturn>(sql, parameters, transaction);
        if (weeklyReturn is not null)
            weeklyReturn.Rows = await ReadRowsAsync(connection, transaction, weeklyReturn.Id);
        return weeklyReturn;
    }

    /// <summary>
    /// In estate-name order by Core's NameKey, as SQL Server's repository sorts them: not by a collation. Read by hand
    /// with the reader's typed getters: a return page reads two returns' rows (~120 each), and Dapper's mapping boxed
    /// every value and parsed each date through its type handler (a sixth of the page's time, issue 19's bench profile).
    /// Values are read as <see cref="InsertRowsAsync"/> stores them: dates "yyyy-MM-dd", enums and booleans as integers.
    /// </summary>
    private static async Task<List<ReturnRow>> ReadRowsAsync(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SelectRows;
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ReturnRow>();
        while (await reader.ReadAsync())
            rows.Add(new ReturnRow
            {
                WeeklyReturnId = reader.GetInt64(0),
                EstateId = reader.GetInt64(1),
                EstateName = reader.IsDBNull(2) ? "" : reader.GetString(2),
                Households = reader.GetInt32(3),
                Mode = (ManagementMode)reader.GetInt32(4),
                SixHaves = (SixHaves)reader.GetInt32(5),
                ConsultationDate = DateOf(reader, 6),
                OwnersMeetingDate = DateOf(reader, 7),
                CommitteeElectedDate = DateOf(reader, 8),
                ContractSignedDate = DateOf(reader, 9),
                IsStruckOff = reader.GetInt64(10) != 0,
                StruckOffDate = DateOf(reader, 11),
                Blockers = TextOf(reader, 12),
                HelpAsked = TextOf(reader, 13),
                ReviewReason = TextOf(reader, 14),
            });
        return Core.Common.NameKey.Order(rows, r => r.EstateName, r => r.EstateId);
    }

    private static string? TextOf(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly? DateOf(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredText.ParseDate(reader.GetString(ordinal));
}
