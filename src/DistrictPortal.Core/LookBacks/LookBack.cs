using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.LookBacks;

/// <summary>Who went to look (P11: the community implements, the district office checks).</summary>
public enum LookBackBy
{
    Community = 1,
    Office = 2,
}

/// <summary>
/// 回头看 (P11, 巩固提升): an inspection on site of an estate struck off the list: the day, the inspector, which of the six
/// haves were found, passed or failed, a note; photos are attachments (<see cref="Attachments.AttachmentOwnerKind.LookBack"/>).
/// The look-backs are the home of the inspections and of the relapses they caused; the strike-off itself stays the
/// registry's (<see cref="Estate"/>, README "Where each fact lives").
/// </summary>
public sealed class LookBack
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    /// <summary>The day of the inspection (Asia/Shanghai).</summary>
    public DateOnly Date { get; set; }
    public string Inspector { get; set; } = "";
    public LookBackBy By { get; set; }
    /// <summary>The six haves found on site.</summary>
    public SixHaves SixHaves { get; set; }
    public bool Passed { get; set; }
    public string? Note { get; set; }
    /// <summary>The registry's strike-off date the inspection looked back on.</summary>
    public DateOnly StruckOffDate { get; set; }
    /// <summary>The failure put the estate back on the list (返潮): its registry strike-off was cleared in the same write.</summary>
    public bool Relapsed { get; set; }
    public DateTime RecordedUtc { get; set; }
    public long RecordedByUserId { get; set; }
    public string RecordedByName { get; set; } = "";

    // Read-only context filled by reads.
    public string EstateName { get; set; } = "";
    /// <summary>The estate's node path, for the scope test.</summary>
    public string Path { get; set; } = "";
    public long SubDistrictId { get; set; }
}

/// <summary>An estate the registry holds as struck off, with where it lies: what the look-back list and counts start from.</summary>
public sealed class StruckOffEstate
{
    public long EstateId { get; set; }
    public string EstateName { get; set; } = "";
    public string Path { get; set; } = "";
    public long CommunityId { get; set; }
    public string CommunityName { get; set; } = "";
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public ManagementStatus Status { get; set; }
    public ManagementMode Mode { get; set; }
    public SixHaves SixHaves { get; set; }
    public DateOnly StruckOffDate { get; set; }
}

/// <summary>
/// Look-backs. Stores and reads only: the rules, the relapse decision and the audit entries are <see cref="LookBackService"/>'s.
/// </summary>
public interface ILookBackRepository
{
    /// <summary>
    /// Inserts the look-back and, for a relapse, writes <paramref name="relapse"/> to the estate, with the audit entries
    /// (those made for <see cref="Auditing.AuditEntry.NewRow"/> get the new id), in one transaction. The relapse is written
    /// only while the estate is still struck off on <see cref="LookBack.StruckOffDate"/>; otherwise nothing is written and
    /// <see cref="Common.ConcurrencyConflictException"/> is thrown. Returns the new id and sets it.
    /// </summary>
    Task<long> AddAsync(LookBack lookBack, Returns.RegistryUpdate? relapse, IReadOnlyList<Auditing.AuditEntry> audit);

    Task<LookBack?> GetByIdAsync(long id);

    /// <summary>The estate's look-backs, newest first (date, then id).</summary>
    Task<IReadOnlyList<LookBack>> ListByEstateAsync(long estateId);

    /// <summary>Every look-back of the live estates under <paramref name="scopePath"/>, newest first.</summary>
    Task<IReadOnlyList<LookBack>> ListInScopeAsync(string scopePath);

    /// <summary>The live estates under <paramref name="scopePath"/> the registry holds as struck off, in hierarchy order.</summary>
    Task<IReadOnlyList<StruckOffEstate>> ListStruckOffInScopeAsync(string scopePath);
}
