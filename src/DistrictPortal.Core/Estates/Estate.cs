namespace DistrictPortal.Core.Estates;

/// <summary>
/// 小区, a residential estate: a node of the hierarchy (its <see cref="Id"/> is its node id, its parent a
/// community) with the facts the registry keeps (调研摸底表).
/// </summary>
public sealed class Estate
{
    public long Id { get; set; }
    public long CommunityId { get; set; }
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public int? YearBuilt { get; set; }
    /// <summary>成套住房: complete-set housing, one of the conditions of the old-estate programme.</summary>
    public bool IsCompleteSet { get; set; }
    public int Buildings { get; set; }
    public int Households { get; set; }
    /// <summary>Total floor area, m².</summary>
    public decimal FloorArea { get; set; }
    /// <summary>Management-room area, m²; null when there is none.</summary>
    public decimal? ManagementRoomArea { get; set; }
    /// <summary>The room is rented or borrowed because 5‰ cannot be provided (P8).</summary>
    public bool IsManagementRoomInterim { get; set; }
    public EstateClass Class { get; set; }
    public ManagementStatus Status { get; set; }
    public ManagementMode Mode { get; set; }
    public bool IsPilot { get; set; }
    public bool IsBenchmark { get; set; }
    public SixHaves SixHaves { get; set; }
    public EightHaves EightHaves { get; set; }
    public bool IsRetired { get; set; }
    public long Version { get; set; }

    // Read-only context filled by queries, ignored on writes.
    public string CommunityName { get; set; } = "";
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public string Path { get; set; } = "";

    /// <summary>A copy to change and diff against this one (<see cref="EstateAudit.Diff"/>).</summary>
    public Estate Copy() => (Estate)MemberwiseClone();
}
