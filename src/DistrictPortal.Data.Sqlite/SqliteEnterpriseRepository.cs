using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;

namespace DistrictPortal.Data.Sqlite;

/// <summary>The enterprise register on SQLite; each write with its audit in one transaction, edits version-checked.</summary>
public sealed class SqliteEnterpriseRepository(SqliteConnectionFactory connections) : IEnterpriseRepository
{
    private const string Select = "SELECT Id, Name, CreditCode, IsStateOwned, ContactName, ContactPhone, Version FROM Enterprise";

    public async Task<IReadOnlyList<Enterprise>> ListAsync()
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<Enterprise>($"{Select} ORDER BY Name, Id")).AsList();
    }

    public async Task<Enterprise?> GetAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Enterprise>($"{Select} WHERE Id = @id", new { id });
    }

    public async Task<Enterprise?> GetByCreditCodeAsync(string creditCode)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Enterprise>($"{Select} WHERE CreditCode = @creditCode", new { creditCode });
    }

    public Task<long> CreateAsync(Enterprise enterprise, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO Enterprise (Name, CreditCode, IsStateOwned, ContactName, ContactPhone, Version)
                VALUES (@Name, @CreditCode, @IsStateOwned, @ContactName, @ContactPhone, 1)
                RETURNING Id
                """,
                new { enterprise.Name, enterprise.CreditCode, enterprise.IsStateOwned, enterprise.ContactName, enterprise.ContactPhone }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, id));
            enterprise.Id = id;
            enterprise.Version = 1;
            return id;
        }, nameof(Enterprise.CreditCode));
    }

    public Task UpdateAsync(Enterprise enterprise, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                """
                UPDATE Enterprise
                SET Name = @Name, CreditCode = @CreditCode, IsStateOwned = @IsStateOwned, ContactName = @ContactName,
                    ContactPhone = @ContactPhone, Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """,
                new { enterprise.Id, enterprise.Name, enterprise.CreditCode, enterprise.IsStateOwned, enterprise.ContactName, enterprise.ContactPhone, enterprise.Version },
                transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(AuditEntities.Enterprise, enterprise.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(Enterprise.CreditCode));
    }
}
