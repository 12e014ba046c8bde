using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Retrofit;

/// <summary>One line of the progress board: a node (or a programme district outside the portal, <see cref="NodeId"/> null).</summary>
public sealed record ProgressLine(long? NodeId, string Name, RetrofitProgress Progress, int Projects)
{
    /// <summary>A district of the programme that reports outside this portal: its target is known, its works are not.</summary>
    public bool IsOutsidePortal => NodeId is null;
}

/// <summary>
/// 面积目标进度 of a node and its children for one year: each child's target from the programme, the area of the
/// projects under it accepted in the year, in works, and the projection (<see cref="RetrofitProgress"/>). A child
/// with neither a target nor a project is left out; the programme's label rows appear under the programme's node.
/// </summary>
public static class RetrofitBoard
{
    public static ProgressLine Total(
        Node node, RetrofitProgramme? programme, IReadOnlyList<AreaTarget> targets, IReadOnlyList<RetrofitProject> projects, int year, DateOnly asOf) =>
        Line(node.Id, node.Name, node.Path, targets, projects, year, asOf);

    public static IReadOnlyList<ProgressLine> ByChild(
        Node node, IReadOnlyList<Node> children, RetrofitProgramme? programme, IReadOnlyList<AreaTarget> targets,
        IReadOnlyList<RetrofitProject> projects, int year, DateOnly asOf)
    {
        var lines = children
            .Select(c => Line(c.Id, c.Name, c.Path, targets, projects, year, asOf))
            .Where(l => l.Progress.TargetArea > 0 || l.Projects > 0)
            .ToList();
        if (programme is not null && programme.NodeId == node.Id)
        {
            lines.AddRange(targets.Where(t => t.NodeId is null && t.Label is not null).Select(t => new ProgressLine(
                null, t.Label!, RetrofitProgress.Compute(0, TargetPeriod.CalendarYear(year), t.TargetArea, 0m, 0m, asOf) with
                {
                    // Nothing of theirs is recorded here: no pace to project, and no flag that would only mean "not in this portal".
                    ProjectedArea = null,
                    IsBehindPace = false,
                },
                0)));
        }
        return lines;
    }

    private static ProgressLine Line(
        long nodeId, string name, string path, IReadOnlyList<AreaTarget> targets, IReadOnlyList<RetrofitProject> projects, int year, DateOnly asOf)
    {
        var target = targets.Where(t => t.NodeId == nodeId).Sum(t => t.TargetArea);
        var under = projects.Where(p => Scope.Contains(path, p.EstatePath)).ToList();
        var progress = RetrofitTally.Progress(nodeId, TargetPeriod.CalendarYear(year), target, under, asOf);
        return new(nodeId, name, progress, under.Count);
    }
}
