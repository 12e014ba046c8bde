namespace DistrictPortal.Core.Management;

/// <summary>
/// Who manages a self-managed estate (P11 way 2, 业委会（物管会）自管): the owners' committee (业主委员会), or a property
/// management committee (物业管理委员会, 物管会) that the sub-district sets up where owners cannot yet elect one. Not
/// 单位自管: an estate run by its work unit is the registry's status (<c>ManagementStatus.UnitSelfManaged</c>), no body.
/// </summary>
public enum ManagingBodyKind
{
    /// <summary>业委会: its members are the current committee term's (/committees/{estateId}), never typed twice.</summary>
    OwnersCommittee = 1,
    /// <summary>物管会: its members are recorded here.</summary>
    PropertyManagementCommittee = 2,
}

/// <summary>The managing body of a mode-2 estate (one per estate; history is its audit trail).</summary>
public sealed class ManagingBody
{
    public long EstateId { get; set; }
    public ManagingBodyKind Kind { get; set; }
    /// <summary>The day it took the estate's management over.</summary>
    public DateOnly SinceDate { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";
    public long Version { get; set; }

    /// <summary>A 物管会's members in filed order; empty for an owners' committee (its members live on its term).</summary>
    public List<BodyMember> Members { get; set; } = [];
}

/// <summary>A member of a 物管会: name and role (主任, 委员, 社区代表 …).</summary>
public sealed class BodyMember
{
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
}

/// <summary>The basic services a community trusteeship provides (P11 (三): 基础性物业服务, the six haves' services).</summary>
[Flags]
public enum TrusteeshipServices
{
    None = 0,
    Cleaning = 1,
    Repairs = 2,
    Greening = 4,
    Security = 8,
    Parking = 16,
}

/// <summary>
/// 社区托管 (P11 way 3): the community (through its 社区物业服务自管会) that manages the estate, since when, the services
/// provided, and how they are paid for (公共收益 or 适度收费). One per estate; history is its audit trail.
/// </summary>
public sealed class Trusteeship
{
    public long EstateId { get; set; }
    public long CommunityId { get; set; }
    public TrusteeshipServices Services { get; set; }
    public DateOnly SinceDate { get; set; }
    public string? Funding { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";
    public long Version { get; set; }

    // Read-only context.
    public string CommunityName { get; set; } = "";
}

/// <summary>Stores managing bodies and trusteeships; each write with its audit in one transaction, edits version-checked.</summary>
public interface IManagementRepository
{
    Task<ManagingBody?> GetBodyAsync(long estateId);

    /// <summary>Inserts the estate's body (Version 0) or replaces it and its members if the version is current.</summary>
    Task SaveBodyAsync(ManagingBody body, IReadOnlyList<Auditing.AuditEntry> audit);

    Task<Trusteeship?> GetTrusteeshipAsync(long estateId);

    /// <summary>Inserts the estate's trusteeship (Version 0) or replaces it if the version is current.</summary>
    Task SaveTrusteeshipAsync(Trusteeship trusteeship, IReadOnlyList<Auditing.AuditEntry> audit);
}
