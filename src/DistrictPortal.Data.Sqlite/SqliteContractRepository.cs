using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Property service contracts on SQLite; each write with its audit in one transaction, the end version-checked.</summary>
public sealed class SqliteContractRepository(SqliteConnectionFactory connections) : IContractRepository
{
    private const string Select = """
        SELECT c.Id, c.EstateId, c.EnterpriseId, c.StartDate, c.EndDate, c.FeePerSquareMetre, c.Level, c.SignedOn, c.EndedOn,
               c.CreatedUtc, c.CreatedByName, c.Version, e.Name AS EnterpriseName, e.IsStateOwned,
               n.Name AS EstateName, n.Path AS EstatePath, IFNULL(s.Id, 0) AS SubDistrictId, IFNULL(s.Name, '') AS SubDistrictName
        FROM ServiceContract c
        JOIN Enterprise e ON e.Id = c.EnterpriseId
        JOIN Node n ON n.Id = c.EstateId
        JOIN Node cm ON cm.Id = n.ParentId
        LEFT JOIN Node s ON s.Id = cm.ParentId
        """;

    public async Task<ServiceContract?> GetAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<ServiceContract>($"{Select} WHERE c.Id = @id", new { id });
    }

    public async Task<IReadOnlyList<ServiceContract>> ListForEstateAsync(long estateId)
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<ServiceContract>($"{Select} WHERE c.EstateId = @estateId ORDER BY c.StartDate DESC, c.Id DESC", new { estateId })).AsList();
    }

    public async Task<IReadOnlyList<ServiceContract>> ListForEnterpriseAsync(long enterpriseId, string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<ServiceContract>(
            $"{Select} WHERE c.EnterpriseId = @enterpriseId AND n.Path >= @scopeFrom AND n.Path < @scopeTo ORDER BY c.StartDate DESC, c.Id DESC",
            new { enterpriseId, scopeFrom, scopeTo })).AsList();
    }

    public async Task<IReadOnlyList<ServiceContract>> ListInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<ServiceContract>(
            $"{Select} WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo ORDER BY n.Path, c.StartDate DESC, c.Id DESC",
            new { scopeFrom, scopeTo })).AsList();
    }

    public async Task<long> CreateAsync(ServiceContract contract, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.ServiceContract, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO ServiceContract (EstateId, EnterpriseId, StartDate, EndDate, FeePerSquareMetre, Level, SignedOn, EndedOn,
                                             CreatedUtc, CreatedByName, Version)
                VALUES (@EstateId, @EnterpriseId, @StartDate, @EndDate, @FeePerSquareMetre, @Level, @SignedOn, @EndedOn,
                        @CreatedUtc, @CreatedByName, 1)
                RETURNING Id
                """,
                new
                {
                    contract.EstateId, contract.EnterpriseId, contract.StartDate, contract.EndDate, contract.FeePerSquareMetre, Level = (int)contract.Level,
                    contract.SignedOn, contract.EndedOn, contract.CreatedUtc, contract.CreatedByName,
                }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(ServiceContract.Id)));
        contract.Id = id;
        contract.Version = 1;
        return id;
    }

    public Task EndAsync(ServiceContract contract, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                "UPDATE ServiceContract SET EndedOn = @EndedOn, Version = Version + 1 WHERE Id = @Id AND Version = @Version",
                new { contract.Id, contract.EndedOn, contract.Version }, transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(AuditEntities.ServiceContract, contract.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(ServiceContract.Id));
    }
}
