using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Funding;

namespace DistrictPortal.Data.Sqlite;

/// <summary>P8 funding on SQLite: cost lines and payments of works projects, each write audited in its transaction.</summary>
public sealed class SqliteFundingRepository(SqliteConnectionFactory connections) : IFundingRepository
{
    private const string CostColumns =
        "c.Id, c.ProjectId, c.Year, c.Category, c.Amount, c.IsFinalAccount, c.Hardship, c.HardshipDecidedDate, c.HardshipNote, c.Description, c.Version";

    private const string PaymentColumns = "y.Id, y.ProjectId, y.Payer, y.Amount, y.PaidDate, y.Reference";

    public async Task<CostItem?> GetCostAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<CostItem>($"SELECT {CostColumns} FROM CostItem c WHERE c.Id = @id", new { id });
    }

    public async Task<IReadOnlyList<CostItem>> ListCostsAsync(long projectId)
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<CostItem>(
            $"SELECT {CostColumns} FROM CostItem c WHERE c.ProjectId = @projectId ORDER BY c.Year, c.Id", new { projectId })).AsList();
    }

    public async Task<IReadOnlyList<CostItem>> ListCostsInScopeAsync(string scopePath, int year)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<CostItem>(
            $"""
            SELECT {CostColumns} FROM CostItem c
            JOIN RetrofitProject p ON p.Id = c.ProjectId
            JOIN Node e ON e.Id = p.EstateId
            WHERE e.Path >= @scopeFrom AND e.Path < @scopeTo AND c.Year = @year
            ORDER BY c.ProjectId, c.Id
            """, new { scopeFrom, scopeTo, year })).AsList();
    }

    public async Task<long> AddCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(FundingAudit.CostEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            var newId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO CostItem (ProjectId, Year, Category, Amount, IsFinalAccount, Hardship, HardshipDecidedDate, HardshipNote, Description, Version)
                VALUES (@ProjectId, @Year, @Category, @Amount, @IsFinalAccount, @Hardship, @HardshipDecidedDate, @HardshipNote, @Description, 1)
                RETURNING Id
                """, cost, t);
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(CostItem.Id)));
        cost.Id = id;
        return id;
    }

    public Task UpdateCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return connections.InTransactionAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(
                """
                UPDATE CostItem
                SET Amount = @Amount, IsFinalAccount = @IsFinalAccount, Hardship = @Hardship, HardshipDecidedDate = @HardshipDecidedDate,
                    HardshipNote = @HardshipNote, Description = @Description, Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """, cost, t);
            if (changed != 1)
                throw new ConcurrencyConflictException(FundingAudit.CostEntity, cost.Id);
            await AuditWriter.WriteAsync(c, t, audit);
            return 0;
        }, nameof(CostItem.Id));
    }

    public async Task<IReadOnlyList<Payment>> ListPaymentsAsync(long projectId)
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<Payment>(
            $"SELECT {PaymentColumns} FROM Payment y WHERE y.ProjectId = @projectId ORDER BY y.PaidDate, y.Id", new { projectId })).AsList();
    }

    public async Task<IReadOnlyList<Payment>> ListPaymentsInScopeAsync(string scopePath, int year)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        // Dates are "yyyy-MM-dd" text, so the year is a text range.
        var from = $"{year:0000}-01-01";
        var to = $"{year + 1:0000}-01-01";
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<Payment>(
            $"""
            SELECT {PaymentColumns} FROM Payment y
            JOIN RetrofitProject p ON p.Id = y.ProjectId
            JOIN Node e ON e.Id = p.EstateId
            WHERE e.Path >= @scopeFrom AND e.Path < @scopeTo AND y.PaidDate >= @from AND y.PaidDate < @to
            ORDER BY y.ProjectId, y.PaidDate, y.Id
            """, new { scopeFrom, scopeTo, from, to })).AsList();
    }

    public async Task<long> AddPaymentAsync(Payment payment, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(FundingAudit.PaymentEntity, () => connections.InTransactionAsync(async (c, t) =>
        {
            var newId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO Payment (ProjectId, Payer, Amount, PaidDate, Reference)
                VALUES (@ProjectId, @Payer, @Amount, @PaidDate, @Reference) RETURNING Id
                """, payment, t);
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(Payment.Id)));
        payment.Id = id;
        return id;
    }
}
