using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Funding;

/// <summary>
/// The funding workflows: a cost line added or edited, a payment recorded. Each validates (<see cref="FundingValidator"/>:
/// whole cents, never negative, a payment never zero, the hardship decision dated), builds its audit entries and calls
/// the repository once; a refusal names the field and writes nothing.
/// </summary>
public sealed class FundingService(IFundingRepository repository)
{
    public async Task<DomainResult<long>> AddCostAsync(CostItem cost, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var errors = FundingValidator.Validate(cost, today);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        return DomainResult<long>.Done(await repository.AddCostAsync(cost, FundingAudit.Created(cost, context)));
    }

    /// <summary>
    /// Saves amount, final-account flag, description and hardship decision; the category and year stay the line's own.
    /// A line that is gone or changed since <paramref name="expectedVersion"/> is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task<DomainResult> UpdateCostAsync(CostItem cost, long expectedVersion, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var existing = await repository.GetCostAsync(cost.Id);
        if (existing is null || existing.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.CostItem, cost.Id);
        cost.ProjectId = existing.ProjectId;
        cost.Category = existing.Category;
        cost.Year = existing.Year;
        cost.Version = expectedVersion;
        var errors = FundingValidator.Validate(cost, today);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        await repository.UpdateCostAsync(cost, FundingAudit.Diff(existing, cost, context));
        return DomainResult.Ok;
    }

    public async Task<DomainResult<long>> AddPaymentAsync(Payment payment, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var errors = FundingValidator.Validate(payment, today);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        return DomainResult<long>.Done(await repository.AddPaymentAsync(payment, FundingAudit.Created(payment, context)));
    }
}
