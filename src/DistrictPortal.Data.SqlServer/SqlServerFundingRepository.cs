using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
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

    public async Task<long> AddCostAsync(CostItem cost, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(cost);
        RequireAmount(cost.Amount, allowZero: true);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(CostItemCreate.From(cost), t)).Single();
            await AuditWriter.WriteAsync(c, t, new AuditDiff(FundingAudit.CostEntity, newId, context)
                .Action(AuditActions.Create, cost.Category.ToString(), null, Invariant(cost.Amount)).Entries);
            return newId;
        }, e => SqlErrors.Translate(e, FundingAudit.CostEntity, 0));
        cost.Id = id;
        return id;
    }

    public Task UpdateCostAsync(CostItem cost, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(cost);
        RequireAmount(cost.Amount, allowZero: true);
        return _db.WriteAsync(async (c, t) =>
        {
            var old = (await c.CallAsync(new CostItemReadById(cost.Id), t)).SingleOrDefault()?.ToCost()
                ?? throw new ConcurrencyConflictException(FundingAudit.CostEntity, cost.Id);
            // The proc re-checks the version, so an edit between this read and the update is refused.
            await c.CallAsync(CostItemUpdate.From(cost), t);
            await AuditWriter.WriteAsync(c, t, FundingAudit.Diff(old, cost, context));
        }, e => SqlErrors.Translate(e, FundingAudit.CostEntity, cost.Id));
    }

    public Task<IReadOnlyList<Payment>> ListPaymentsAsync(long projectId) =>
        _db.ReadAsync(async c => Payments(await c.CallAsync(new PaymentReadByProjectId(projectId))));

    public Task<IReadOnlyList<Payment>> ListPaymentsInScopeAsync(string scopePath, int year) =>
        _db.ReadAsync(async c => Payments(await c.CallAsync(new PaymentReadByScopePathYear(scopePath ?? "", year))));

    public async Task<long> AddPaymentAsync(Payment payment, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(payment);
        RequireAmount(payment.Amount, allowZero: false);
        var id = await _db.WriteAsync(async (c, t) =>
        {
            var newId = (await c.CallAsync(new PaymentCreate(payment.ProjectId, payment.Payer, payment.Amount, payment.PaidDate, payment.Reference), t)).Single();
            await AuditWriter.WriteAsync(c, t, new AuditDiff(FundingAudit.PaymentEntity, newId, context)
                .Action(AuditActions.Create, payment.Payer.ToString(), null, Invariant(payment.Amount)).Entries);
            return newId;
        }, e => SqlErrors.Translate(e, FundingAudit.PaymentEntity, 0));
        payment.Id = id;
        return id;
    }

    private static IReadOnlyList<CostItem> Costs(IEnumerable<CostItemRow> rows) => rows.Select(r => r.ToCost()).ToList();

    private static IReadOnlyList<Payment> Payments(IEnumerable<PaymentRow> rows) => rows.Select(r => r.ToPayment()).ToList();

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>As the SQLite twin: whole cents, never negative, a payment never zero.</summary>
    private static void RequireAmount(decimal amount, bool allowZero)
    {
        if (!FundingRules.IsValidAmount(amount) || (!allowZero && amount == 0))
            throw new ArgumentException("An amount is non-negative and in whole cents.", nameof(amount));
    }
}
