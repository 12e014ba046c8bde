using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;

namespace DistrictPortal.Web.Features.Retrofit;

/// <summary>The board's numbers, shared by the page and its export so the two cannot disagree.</summary>
public sealed record RetrofitBoardData(
    int Year, DateOnly AsOf, RetrofitProgramme? Programme, Node Node, IReadOnlyList<Node> Lineage, ProgressLine Total,
    IReadOnlyList<ProgressLine> Lines);

public sealed partial class RetrofitController
{
    /// <summary>
    /// The board of <paramref name="nodeId"/> (the user's scope node when absent) for <paramref name="year"/> (this
    /// year when absent); null when the node is missing or outside the scope. The programme is the newest covering the year.
    /// </summary>
    private async Task<(RetrofitBoardData Board, IReadOnlyList<RetrofitProject> Projects)?> BoardAsync(int? year, long? nodeId)
    {
        var node = await guard.ReadableNodeAsync(nodeId ?? me.ScopeNodeId);
        if (node is null)
            return null;
        var theYear = year is >= 2000 and <= 2100 ? year.Value : clock.CurrentYear;
        var programme = (await retrofit.ListProgrammesAsync()).LastOrDefault(p => p.Covers(theYear));
        // The programme's years up to this one: the year's targets, and the running totals P8 tracks.
        var targets = new List<AreaTarget>();
        for (var y = programme?.FirstYear ?? theYear + 1; y <= theYear; y++)
            targets.AddRange(await retrofit.ListTargetsAsync(programme!.Id, y));
        var projects = await retrofit.ListProjectsAsync(node.Path);
        var children = node.Level < NodeLevel.Community ? await nodes.GetChildrenAsync(node.Id) : [];
        // The lineage for breadcrumbs stops at the user's scope: nothing above it is theirs to open.
        var lineage = (await nodes.GetLineageAsync(node.Id)).Where(n => guard.Contains(n.Path)).ToList();
        var board = new RetrofitBoardData(
            theYear, Today, programme, node, lineage,
            RetrofitBoard.Total(node, programme, targets, projects, theYear, Today),
            RetrofitBoard.ByChild(node, children, programme, targets, projects, theYear, Today));
        return (board, projects);
    }
}
