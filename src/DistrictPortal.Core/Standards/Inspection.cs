using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Standards;

/// <summary>
/// 服务质量检查: an inspection of a managed estate against the service standards that apply to its management mode: the
/// day, the inspector, the value measured per standard, optional evidence (what the values rest on: a survey, a log).
/// Each value keeps the standard's version, comparison and threshold it was judged against and the verdict, and the
/// inspection keeps "meets all" (every applicable standard met), decided by <see cref="StandardsService"/> when recorded:
/// an edit of a standard applies from then on and never changes an old verdict.
/// </summary>
public sealed class Inspection
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    /// <summary>The day of the inspection (Asia/Shanghai).</summary>
    public DateOnly Date { get; set; }
    public string Inspector { get; set; } = "";
    public string? Evidence { get; set; }
    /// <summary>The estate's management mode on the day, which chose the standards.</summary>
    public ManagementMode Mode { get; set; }
    public bool MeetsAll { get; set; }
    public DateTime RecordedUtc { get; set; }
    public long RecordedByUserId { get; set; }
    public string RecordedByName { get; set; } = "";

    public List<InspectionValue> Values { get; set; } = [];

    // Read-only context filled by reads.
    public string EstateName { get; set; } = "";
    public string Path { get; set; } = "";
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
}

/// <summary>One measured value of an inspection, with the standard as it stood when the value was judged.</summary>
public sealed class InspectionValue
{
    public long InspectionId { get; set; }
    public long StandardId { get; set; }
    public StandardMeasure Measure { get; set; }
    public StandardComparison Comparison { get; set; }
    public decimal Threshold { get; set; }
    public long StandardVersion { get; set; }
    public decimal Value { get; set; }
    public bool Met { get; set; }
}

/// <summary>The standards. Stores and reads only; the rules of an edit and its audit are <see cref="StandardsService"/>'s.</summary>
public interface IServiceStandardRepository
{
    /// <summary>Every standard, by id.</summary>
    Task<IReadOnlyList<ServiceStandard>> ListAsync();

    /// <summary>
    /// Writes the standard's comparison, threshold, modes and active flag with its audit in one transaction, only while
    /// its stored version is <paramref name="version"/>; the version goes up by one. Otherwise nothing is written and
    /// <see cref="Common.ConcurrencyConflictException"/> is thrown.
    /// </summary>
    Task UpdateAsync(ServiceStandard standard, long version, IReadOnlyList<AuditEntry> audit);
}

/// <summary>Inspections. Stores and reads only; verdicts and the audit are <see cref="StandardsService"/>'s.</summary>
public interface IInspectionRepository
{
    /// <summary>Inserts the inspection and its values with the audit (<see cref="AuditEntry.NewRow"/> gets the new id) in one transaction; sets and returns the id.</summary>
    Task<long> AddAsync(Inspection inspection, IReadOnlyList<AuditEntry> audit);

    /// <summary>The estate's inspections with their values, newest first (date, then id).</summary>
    Task<IReadOnlyList<Inspection>> ListByEstateAsync(long estateId);

    /// <summary>The newest inspection (date, then id) of each live estate under <paramref name="scopePath"/>, without values, in hierarchy order.</summary>
    Task<IReadOnlyList<Inspection>> ListLatestInScopeAsync(string scopePath);

    /// <summary>The values of the inspections <see cref="ListLatestInScopeAsync"/> answers.</summary>
    Task<IReadOnlyList<InspectionValue>> ListLatestValuesInScopeAsync(string scopePath);
}
