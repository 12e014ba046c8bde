using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.Estates;

public sealed class EstateListViewModel
{
    public required EstateListRequest Request { get; init; }
    public required PagedResult<Estate> Result { get; init; }

    /// <summary>Per-community counts by class for the whole filtered set, not just this page.</summary>
    public required IReadOnlyList<CommunityClassSubtotal> Subtotals { get; init; }

    /// <summary>Communities in the user's scope, for the filter.</summary>
    public required IReadOnlyList<Node> Communities { get; init; }

    public required bool CanCreate { get; init; }

    /// <summary>
    /// Communities whose estates include unclassified ones. In the P5 source (大河沟社区) the classes add up to less
    /// than the total; the registry keeps those estates 未分类 and says so rather than guessing a class.
    /// </summary>
    public IEnumerable<CommunityClassSubtotal> UnclassifiedWarnings => Subtotals.Where(s => s.Unclassified > 0);

    public CommunityClassSubtotal GrandTotal => new()
    {
        Total = Subtotals.Sum(s => s.Total),
        ClassOne = Subtotals.Sum(s => s.ClassOne),
        ClassTwo = Subtotals.Sum(s => s.ClassTwo),
        ClassThree = Subtotals.Sum(s => s.ClassThree),
        Unclassified = Subtotals.Sum(s => s.Unclassified),
    };
}
