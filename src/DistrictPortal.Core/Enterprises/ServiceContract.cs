namespace DistrictPortal.Core.Enterprises;

/// <summary>物业服务等级: the service level a contract buys (一级 the highest), as the fee standards grade it.</summary>
public enum ServiceLevel
{
    One = 1,
    Two = 2,
    Three = 3,
}

/// <summary>
/// 物业服务合同: an estate's contract with a property service enterprise (P11 way 1) — who, from when to when, the fee
/// per m² of floor area per month, the service level, when it was signed; the signed file is its evidence (an attachment
/// of kind <c>ServiceContract</c>). A contract ended early keeps its term and records the day it ended
/// (<see cref="EndedOn"/>): both are facts of the contract, and <see cref="LastDay"/> is the one the rules read.
/// </summary>
public sealed class ServiceContract
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    public long EnterpriseId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>物业费, yuan per m² per month, to the fen.</summary>
    public decimal FeePerSquareMetre { get; set; }
    public ServiceLevel Level { get; set; }
    public DateOnly SignedOn { get; set; }
    /// <summary>The day a contract ended before its term (解除/终止); null while it runs its term.</summary>
    public DateOnly? EndedOn { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string CreatedByName { get; set; } = "";
    public long Version { get; set; }

    // Read-only context filled by reads, ignored on writes.
    public string EnterpriseName { get; set; } = "";
    public bool IsStateOwned { get; set; }
    public string EstateName { get; set; } = "";
    public string EstatePath { get; set; } = "";
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";

    /// <summary>The last day the contract covers: the day it ended, or the end of its term.</summary>
    public DateOnly LastDay => EndedOn is { } ended && ended < EndDate ? ended : EndDate;
}

/// <summary>What the contract form posts.</summary>
public sealed record ContractInput(long? EnterpriseId, DateOnly? StartDate, DateOnly? EndDate, decimal? FeePerSquareMetre, ServiceLevel? Level, DateOnly? SignedOn);

/// <summary>
/// Stores contracts; every write with its audit in one transaction, the end version-checked. The overlap rule is Core's
/// (<see cref="ContractService"/>), so the store keeps only keys.
/// </summary>
public interface IContractRepository
{
    Task<ServiceContract?> GetAsync(long id);

    /// <summary>The estate's contracts, newest start first.</summary>
    Task<IReadOnlyList<ServiceContract>> ListForEstateAsync(long estateId);

    /// <summary>An enterprise's contracts on estates under <paramref name="scopePath"/>, newest start first.</summary>
    Task<IReadOnlyList<ServiceContract>> ListForEnterpriseAsync(long enterpriseId, string scopePath);

    /// <summary>Every contract on estates under <paramref name="scopePath"/> (the ending list, the briefing), by sub-district and estate.</summary>
    Task<IReadOnlyList<ServiceContract>> ListInScopeAsync(string scopePath);

    Task<long> CreateAsync(ServiceContract contract, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>Writes <see cref="ServiceContract.EndedOn"/> if the version is still current.</summary>
    Task EndAsync(ServiceContract contract, IReadOnlyList<Auditing.AuditEntry> audit);
}
