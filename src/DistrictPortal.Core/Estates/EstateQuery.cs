namespace DistrictPortal.Core.Estates;

public enum EstateSort
{
    Name = 0,
    Community = 1,
    Class = 2,
    Status = 3,
    YearBuilt = 4,
    Households = 5,
    FloorArea = 6,
}

/// <summary>
/// A registry search, always bounded by the caller's scope path. Text search matches name or address.
/// </summary>
public sealed record EstateQuery
{
    public required string ScopePath { get; init; }
    public string? Text { get; init; }
    public long? CommunityId { get; init; }
    public EstateClass? Class { get; init; }
    public ManagementStatus? Status { get; init; }
    /// <summary>Estates in these modes are left out (with <see cref="Status"/>: <see cref="ShownStatus.ModesShownInstead"/>).</summary>
    public IReadOnlyList<ManagementMode> ExceptModes { get; init; } = [];
    /// <summary><see cref="ExceptModes"/> as the databases take it: bit (1 &lt;&lt; mode) set for each mode left out; 0 for none.</summary>
    public int ExceptModeMask => ExceptModes.Aggregate(0, (mask, mode) => mask | (1 << (int)mode));
    public bool? SixHavesComplete { get; init; }
    public bool IncludeRetired { get; init; }
    /// <summary>An order that is not one of <see cref="EstateSort"/>'s (a hand-made query string) reads as by name, so no database has to refuse it.</summary>
    public EstateSort Sort { get => _sort; init => _sort = Enum.IsDefined(value) ? value : EstateSort.Name; }
    public bool Descending { get; init; }
    // Clamped as they are set (Core.Common.Paging): no page number can overflow the rows-to-skip on either database.
    public int Page { get => _page; init => _page = Common.Paging.Page(value); }
    public int PageSize { get => _pageSize; init => _pageSize = Common.Paging.PageSize(value); }

    private readonly EstateSort _sort;
    private readonly int _page = 1;
    private readonly int _pageSize = Common.Paging.DefaultPageSize;
}

/// <summary>Per-community counts by class for the registry page (the P5 table's shape).</summary>
public sealed class CommunityClassSubtotal
{
    public long CommunityId { get; set; }
    public string CommunityName { get; set; } = "";
    public int Total { get; set; }
    public int ClassOne { get; set; }
    public int ClassTwo { get; set; }
    public int ClassThree { get; set; }
    public int Unclassified { get; set; }
}
