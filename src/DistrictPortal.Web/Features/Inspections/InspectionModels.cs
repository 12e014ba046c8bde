using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Standards;

namespace DistrictPortal.Web.Features.Inspections;

/// <summary>Which grouping /inspections shows: each estate's newest inspection, or the standards met by a group of estates.</summary>
public enum InspectionView
{
    Estates,
    SubDistricts,
    /// <summary>By the enterprise of each estate's current contract (mode 1).</summary>
    Enterprises,
    /// <summary>By the package each estate is a live member of (mode 4).</summary>
    Packages,
}

/// <summary>What /inspections and its workbook show for one request: the view, its filters and the page.</summary>
public sealed record InspectionListModel(
    InspectionView View, long? SubDistrict, bool? MeetsAll, int Page, int PageCount, int Total,
    IReadOnlyList<Inspection> Rows, IReadOnlyList<StandardsGroupLine> Groups, IReadOnlyList<ServiceStandard> Standards,
    IReadOnlyList<(long Id, string Name)> SubDistricts, StandardsShare Share, DateOnly Today)
{
    public string Link(InspectionView? view = null, int? page = null, string path = "/inspections") =>
        $"{path}?view={view ?? View}&subDistrict={SubDistrict}&meetsAll={MeetsAll?.ToString().ToLowerInvariant()}&page={page ?? Page}";
}

public sealed class InspectionForm
{
    public DateOnly? Date { get; set; }
    public string? Inspector { get; set; }
    public string? Evidence { get; set; }
    public Dictionary<long, decimal?> Values { get; set; } = [];

    public InspectionInput ToInput() => new() { Date = Date, Inspector = Inspector, Evidence = Evidence, Values = Values };
}

public sealed record InspectionEstateModel(
    Estate Estate, IReadOnlyList<ServiceStandard> Applicable, IReadOnlyList<ServiceStandard> Standards, IReadOnlyList<Inspection> History,
    bool CanRecord, InspectionForm Form, IReadOnlyList<string> Errors, DateOnly Today);

/// <summary>
/// Who does what with inspections: the community and sub-district officers record for the estates of their scope, the
/// office for any; everyone else in scope (the bureau, the members) reads.
/// </summary>
public static class InspectionPermissions
{
    public static bool CanRecord(Role role) => role is Role.Admin or Role.SubDistrictOfficer or Role.CommunityOfficer;
}
