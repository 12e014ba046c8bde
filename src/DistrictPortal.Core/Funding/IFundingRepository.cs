using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Funding;

/// <summary>
/// Cost lines and payments of the works projects. Stores and reads only: the rules and audit entries are
/// <see cref="FundingService"/>'s; each write stores its row with the entries it is given in one transaction.
/// </summary>
public interface IFundingRepository
{
    Task<CostItem?> GetCostAsync(long id);

    /// <summary>A project's cost lines, by year then id.</summary>
    Task<IReadOnlyList<CostItem>> ListCostsAsync(long projectId);

    /// <summary>Cost lines of the year on projects whose lead estate lies under the scope.</summary>
    Task<IReadOnlyList<CostItem>> ListCostsInScopeAsync(string scopePath, int year);

    /// <summary>Sets <see cref="CostItem.Id"/>.</summary>
    Task<long> AddCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit);

    /// <summary>
    /// Saves amount, final-account flag, description and the hardship application with its decision when
    /// <see cref="CostItem.Version"/> still matches; otherwise <see cref="Common.ConcurrencyConflictException"/>.
    /// </summary>
    Task UpdateCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit);

    /// <summary>A project's payments, by date then id.</summary>
    Task<IReadOnlyList<Payment>> ListPaymentsAsync(long projectId);

    /// <summary>Payments made in the year on projects whose lead estate lies under the scope.</summary>
    Task<IReadOnlyList<Payment>> ListPaymentsInScopeAsync(string scopePath, int year);

    /// <summary>Sets <see cref="Payment.Id"/>.</summary>
    Task<long> AddPaymentAsync(Payment payment, IReadOnlyList<AuditEntry> audit);
}
