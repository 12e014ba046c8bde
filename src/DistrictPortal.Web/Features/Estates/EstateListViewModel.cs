using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.Estates;

public sealed class EstateListViewModel
{
    public required EstateListRequest Request { get; init; }
    public required PagedResult<Estate> Result { get; init; }

    /// <summary>Community when the list covers at most one sub-district, otherwise SubDistrict (see RegistrySubtotals).</summary>
    public NodeLevel SubtotalLevel { get; init; } = NodeLevel.Community;

    /// <summary>Per-community counts by class for the whole filtered set, not just this page (empty above one sub-district).</summary>
    public required IReadOnlyList<CommunityClassSubtotal> Subtotals { get; init; }

    /// <summary>Per-sub-district counts by class, shown instead of <see cref="Subtotals"/> above one sub-district.</summary>
    public IReadOnlyList<SubDistrictClassSubtotal> SubDistrictSubtotals { get; init; } = [];

    /// <summary>Communities in the list's scope, for the filter; empty above one sub-district.</summary>
    public required IReadOnlyList<Node> Communities { get; init; }

    /// <summary>Sub-districts in the user's scope, for the filter; empty for a user of one sub-district or below.</summary>
    public IReadOnlyList<Node> SubDistricts { get; init; } = [];

    /// <summary>The sub-district rows whose estates include unclassified ones (the warning above one sub-district).</summary>
    public IEnumerable<SubDistrictClassSubtotal> SubDistrictWarnings => SubDistrictSubtotals.Where(s => s.Unclassified > 0);

    public required bool CanCreate { get; init; }

    /// <summary>
    /// Communities whose estates include unclassified ones. In the P5 source (大河沟社区) the classes add up to less
    /// than the total; the registry keeps those estates 未分类 and says so rather than guessing a class.
    /// </summary>
    public IEnumerable<CommunityClassSubtotal> UnclassifiedWarnings => Subtotals.Where(s => s.Unclassified > 0);

    /// <summary>The sum of whichever rows are shown; either way it equals the list's total.</summary>
    public CommunityClassSubtotal GrandTotal => SubtotalLevel == NodeLevel.SubDistrict
        ? new()
        {
            Total = SubDistrictSubtotals.Sum(s => s.Total),
            ClassOne = SubDistrictSubtotals.Sum(s => s.ClassOne),
            ClassTwo = SubDistrictSubtotals.Sum(s => s.ClassTwo),
            ClassThree = SubDistrictSubtotals.Sum(s => s.ClassThree),
            Unclassified = SubDistrictSubtotals.Sum(s => s.Unclassified),
        }
        : new()
        {
            Total = Subtotals.Sum(s => s.Total),
            ClassOne = Subtotals.Sum(s => s.ClassOne),
            ClassTwo = Subtotals.Sum(s => s.ClassTwo),
            ClassThree = Subtotals.Sum(s => s.ClassThree),
            Unclassified = Subtotals.Sum(s => s.Unclassified),
        };
}
