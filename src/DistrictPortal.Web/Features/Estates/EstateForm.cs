using System.ComponentModel.DataAnnotations;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DistrictPortal.Web.Features.Estates;

/// <summary>
/// The create/edit form. Field names are the <see cref="Estate"/> property names, so Core's validation errors land
/// beside the right input. Numbers are nullable here so an empty box is reported as missing, not read as 0.
/// </summary>
public sealed class EstateForm
{
    public long Version { get; set; }

    [Display(Name = "Field.CommunityId")] public long CommunityId { get; set; }
    [Display(Name = "Field.Name")] public string? Name { get; set; }
    [Display(Name = "Field.Address")] public string? Address { get; set; }
    [Display(Name = "Field.YearBuilt")] public int? YearBuilt { get; set; }
    [Display(Name = "Field.IsCompleteSet")] public bool IsCompleteSet { get; set; }
    [Display(Name = "Field.Buildings")] public int? Buildings { get; set; }
    [Display(Name = "Field.Households")] public int? Households { get; set; }
    [Display(Name = "Field.FloorArea")] public decimal? FloorArea { get; set; }
    [Display(Name = "Field.ManagementRoomArea")] public decimal? ManagementRoomArea { get; set; }
    [Display(Name = "Field.IsManagementRoomInterim")] public bool IsManagementRoomInterim { get; set; }
    [Display(Name = "Field.Class")] public EstateClass Class { get; set; }
    [Display(Name = "Field.Status")] public ManagementStatus Status { get; set; } = ManagementStatus.Unmanaged;
    [Display(Name = "Field.Mode")] public ManagementMode Mode { get; set; }
    [Display(Name = "Field.IsPilot")] public bool IsPilot { get; set; }
    [Display(Name = "Field.IsBenchmark")] public bool IsBenchmark { get; set; }
    [Display(Name = "Field.SixHaves")] public SixHaves[] SixHaves { get; set; } = [];
    [Display(Name = "Field.EightHaves")] public EightHaves[] EightHaves { get; set; } = [];

    // Page context, never bound from the request.
    [BindNever] public long EstateId { get; set; }
    [BindNever] public string CommunityName { get; set; } = "";
    /// <summary>The name as stored, for the title and breadcrumbs while the form shows typed (maybe empty) values.</summary>
    [BindNever] public string StoredName { get; set; } = "";
    [BindNever] public IReadOnlyList<Node> Communities { get; set; } = [];
    [BindNever] public bool IsEdit => EstateId > 0;

    public static EstateForm From(Estate estate) => new()
    {
        EstateId = estate.Id,
        Version = estate.Version,
        CommunityId = estate.CommunityId,
        CommunityName = estate.CommunityName,
        StoredName = estate.Name,
        Name = estate.Name,
        Address = estate.Address,
        YearBuilt = estate.YearBuilt,
        IsCompleteSet = estate.IsCompleteSet,
        Buildings = estate.Buildings,
        Households = estate.Households,
        FloorArea = estate.FloorArea,
        ManagementRoomArea = estate.ManagementRoomArea,
        IsManagementRoomInterim = estate.IsManagementRoomInterim,
        Class = estate.Class,
        Status = estate.Status,
        Mode = estate.Mode,
        IsPilot = estate.IsPilot,
        IsBenchmark = estate.IsBenchmark,
        SixHaves = Enum.GetValues<SixHaves>().Where(f => IsSingle((int)f) && estate.SixHaves.HasFlag(f)).ToArray(),
        EightHaves = Enum.GetValues<EightHaves>().Where(f => IsSingle((int)f) && ManagementRoomCheck.EightHavesOf(estate).HasFlag(f)).ToArray(),
    };

    /// <summary>
    /// The estate this form describes. On an edit the identity, community and read-only context come from the stored
    /// row and only the version from the form (a stale version is the repository's to refuse).
    /// </summary>
    public Estate ToEstate(Estate? existing) => new()
    {
        Id = existing?.Id ?? 0,
        CommunityId = existing?.CommunityId ?? CommunityId,
        CommunityName = existing?.CommunityName ?? "",
        SubDistrictId = existing?.SubDistrictId ?? 0,
        SubDistrictName = existing?.SubDistrictName ?? "",
        Path = existing?.Path ?? "",
        IsRetired = existing?.IsRetired ?? false,
        Version = existing is null ? 0 : Version,
        Name = Name?.Trim() ?? "",
        Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim(),
        YearBuilt = YearBuilt,
        IsCompleteSet = IsCompleteSet,
        Buildings = Buildings ?? 0,
        Households = Households ?? 0,
        FloorArea = FloorArea ?? 0m,
        ManagementRoomArea = ManagementRoomArea,
        IsManagementRoomInterim = IsManagementRoomInterim,
        Class = Class,
        Status = Status,
        Mode = Mode,
        IsPilot = IsPilot,
        IsBenchmark = IsBenchmark,
        SixHaves = SixHaves.Aggregate(Core.Estates.SixHaves.None, (all, f) => all | f) & Core.Estates.SixHaves.All,
        // 有物管用房 is not typed: the 5‰ check of the areas above decides it (ManagementRoomCheck).
        EightHaves = ManagementRoomCheck.WithRoom(EightHaves.Aggregate(Core.Estates.EightHaves.None, (all, f) => all | f) & Core.Estates.EightHaves.All,
            ManagementRoomCheck.HasRoom(ManagementRoomCheck.Evaluate(FloorArea ?? 0m, ManagementRoomArea, IsManagementRoomInterim))),
    };

    /// <summary>Numbers the registry needs that were left empty (Core sees them only as 0).</summary>
    public IEnumerable<ValidationError> MissingNumbers()
    {
        if (Buildings is null) yield return new(nameof(Buildings), ValidationCodes.Required);
        if (Households is null) yield return new(nameof(Households), ValidationCodes.Required);
        if (FloorArea is null) yield return new(nameof(FloorArea), ValidationCodes.Required);
    }

    private static bool IsSingle(int flag) => flag != 0 && (flag & (flag - 1)) == 0;
}
