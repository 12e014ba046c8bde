using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Funding;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>P8 funding on SQL Server: [dbo].[CostItem_*] and [dbo].[Payment_*], each write audited.</summary>
public sealed class SqlServerFundingRepository(string connectionString) : IFundingRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<CostItem?> GetCostAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new CostItemReadById(id))).SingleOrDefault()?.ToCost());

    public Task<IReadOnlyList<CostItem>> ListCostsAsync(long projectId) =>
        _db.ReadAsync(async c => Costs(await c.CallAsync(new CostItemReadByProjectId(projectId))));

    public Task<IReadOnlyList<CostItem>> ListCostsInScopeAsync(string scopePath, int year) =>
        _db.ReadAsync(async c => Costs(await c.CallAsync(new CostItemReadByScopePathYear(scopePath ?? "", year))));

    public async Task<long> AddCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(CostItemCreate.From(cost), t)).Single();
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, e => SqlErrors.Translate(e, FundingAudit.CostEntity, 0));
        cost.Id = id;
        return id;
    }

    public Task UpdateCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return _db.WriteAsync(async (c, t) =>
        {
            // The proc checks the version: an edit since the workflow read the line is refused (50409).
            await c.CallAsync(CostItemUpdate.From(cost), t);
            await AuditWriter.WriteAsync(c, t, audit);
        }, e => SqlErrors.Translate(e, FundingAudit.CostEntity, cost.Id));
    }

    public Task<IReadOnlyList<Payment>> ListPaymentsAsync(long projectId) =>
        _db.ReadAsync(async c => Payments(await c.CallAsync(new PaymentReadByProjectId(projectId))));

    public Task<IReadOnlyList<Payment>> ListPaymentsInScopeAsync(string scopePath, int year) =>
        _db.ReadAsync(async c => Payments(await c.CallAsync(new PaymentReadByScopePathYear(scopePath ?? "", year))));

    public async Task<long> AddPaymentAsync(Payment payment, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(new PaymentCreate(payment.ProjectId, payment.Payer, payment.Amount, payment.PaidDate, payment.Reference), t)).Single();
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, e => SqlErrors.Translate(e, FundingAudit.PaymentEntity, 0));
        payment.Id = id;
        return id;
    }

    private static IReadOnlyList<CostItem> Costs(IEnumerable<CostItemRow> rows) => rows.Select(r => r.ToCost()).ToList();

    private static IReadOnlyList<Payment> Payments(IEnumerable<PaymentRow> rows) => rows.Select(r => r.ToPayment()).ToList();
}
