namespace DistrictPortal.Core.Enterprises;

/// <summary>
/// 物业服务企业, a property service enterprise (P11 way 1: 物业服务企业接管, state-owned ones included: 引入国有物业企业).
/// One register for the portal: an enterprise serves estates of any sub-district, so it belongs to none.
/// </summary>
public sealed class Enterprise
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>统一社会信用代码, normalised and checked (<see cref="Enterprises.CreditCode"/>); unique on the register.</summary>
    public string CreditCode { get; set; } = "";
    /// <summary>国有物业企业: P11 names bringing in a state-owned enterprise as its own choice.</summary>
    public bool IsStateOwned { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public long Version { get; set; }
}

/// <summary>What the enterprise form posts; <see cref="EnterpriseService"/> checks and normalises it.</summary>
public sealed record EnterpriseInput(string? Name, string? CreditCode, bool IsStateOwned, string? ContactName, string? ContactPhone);

/// <summary>
/// Stores the enterprise register; every write with its audit in one transaction. A credit code already on the register
/// is the unique key's to refuse (<see cref="Common.DuplicateNameException"/>, field CreditCode) when Core's check was
/// raced; a stale version or a missing row is a <see cref="Common.ConcurrencyConflictException"/>.
/// </summary>
public interface IEnterpriseRepository
{
    /// <summary>The whole register, by name. A district's register is some hundreds of rows: searched and paged in Core.</summary>
    Task<IReadOnlyList<Enterprise>> ListAsync();

    Task<Enterprise?> GetAsync(long id);

    Task<Enterprise?> GetByCreditCodeAsync(string creditCode);

    Task<long> CreateAsync(Enterprise enterprise, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>Writes name, code, ownership and contact if <see cref="Enterprise.Version"/> is still current.</summary>
    Task UpdateAsync(Enterprise enterprise, IReadOnlyList<Auditing.AuditEntry> audit);
}
