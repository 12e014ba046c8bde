using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The enterprise register on SQL Server: [dbo].[Enterprise_*]; each write with its audit in one transaction, edits version-checked (50409).</summary>
public sealed class SqlServerEnterpriseRepository(string connectionString) : IEnterpriseRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<Enterprise>> ListAsync() => _db.ReadAsync(c => c.CallAsync(new EnterpriseReadAll()));

    public Task<Enterprise?> GetAsync(long id) => _db.ReadAsync(async c => (await c.CallAsync(new EnterpriseReadById(id))).SingleOrDefault());

    public Task<Enterprise?> GetByCreditCodeAsync(string creditCode) =>
        _db.ReadAsync(async c => (await c.CallAsync(new EnterpriseReadByCreditCode(creditCode ?? ""))).SingleOrDefault());

    public async Task<long> CreateAsync(Enterprise enterprise, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(EnterpriseCreate.From(enterprise), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, AuditEntities.Enterprise, 0, nameof(Enterprise.CreditCode), enterprise.CreditCode));
        enterprise.Id = id;
        return id;
    }

    public Task UpdateAsync(Enterprise enterprise, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(EnterpriseUpdate.From(enterprise), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.Enterprise, enterprise.Id, nameof(Enterprise.CreditCode), enterprise.CreditCode));
    }
}
