using Dapper;
using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Data.Sqlite;

/// <summary>追责 cases on SQLite: the case, its grounds and its audit in one transaction; a 通报 number is unique per year.</summary>
public sealed class SqliteAccountabilityRepository(SqliteConnectionFactory connections) : IAccountabilityRepository
{
    private const string EntityType = AuditEntities.AccountabilityCase;

    private const string SelectCase = """
        SELECT c.Id, c.UnitNodeId, n.Name AS UnitName, n.Path AS UnitPath, c.PersonName, c.PersonPost, c.Reason, c.Decision,
               c.DecidedOn, c.DecidedBy, c.IssueYear, c.IssueNo, c.CreatedUtc, c.CreatedByName
        FROM AccountabilityCase c
        JOIN Node n ON n.Id = c.UnitNodeId
        """;

    public async Task<long> CreateAsync(AccountabilityCase accountabilityCase, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(accountabilityCase);
        var c = accountabilityCase;
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO AccountabilityCase (UnitNodeId, PersonName, PersonPost, Reason, Decision, DecidedOn, DecidedBy, IssueYear, IssueNo,
                                                CreatedUtc, CreatedByName)
                VALUES (@UnitNodeId, @PersonName, @PersonPost, @Reason, @Decision, @DecidedOn, @DecidedBy, @IssueYear, @IssueNo,
                        @CreatedUtc, @CreatedByName)
                RETURNING Id
                """,
                new
                {
                    c.UnitNodeId, c.PersonName, c.PersonPost, c.Reason, Decision = (int)c.Decision, c.DecidedOn, c.DecidedBy, c.IssueYear,
                    c.IssueNo, c.CreatedUtc, c.CreatedByName,
                }, transaction);
            foreach (var ground in c.Grounds)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO AccountabilityGround (CaseId, Kind, TargetId, WeekEnding, Note) VALUES (@CaseId, @Kind, @TargetId, @WeekEnding, @Note)",
                    new { CaseId = newId, Kind = (int)ground.Kind, ground.TargetId, ground.WeekEnding, ground.Note }, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(AccountabilityCase.IssueNo)));
        c.Id = id;
        return id;
    }

    public async Task<AccountabilityCase?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        var found = await connection.QuerySingleOrDefaultAsync<AccountabilityCase>($"{SelectCase} WHERE c.Id = @id", new { id });
        if (found is not null)
        {
            found.Grounds = (await connection.QueryAsync<AccountabilityGround>(
                "SELECT CaseId, Kind, TargetId, WeekEnding, Note FROM AccountabilityGround WHERE CaseId = @id ORDER BY Kind, WeekEnding DESC, TargetId",
                new { id })).AsList();
        }
        return found;
    }

    public async Task<IReadOnlyList<AccountabilityCase>> ListAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var cases = await connection.QueryAsync<AccountabilityCase>(
            $"{SelectCase} WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo ORDER BY c.DecidedOn DESC, c.Id DESC",
            new { scopeFrom, scopeTo });
        return cases.AsList();
    }

    public async Task<int> MaxIssueNoAsync(int year)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(IssueNo), 0) FROM AccountabilityCase WHERE IssueYear = @year", new { year });
    }
}
