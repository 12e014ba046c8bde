using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// One line of the progress board: a node (or a programme district outside the portal, <see cref="NodeId"/> null).
/// Beside the year's progress, the programme's running totals (P8 tracks cumulative completed area): the targets of
/// the programme's years up to this one, and the area accepted from the programme's first day to the year's end (or today).
/// </summary>
public sealed record ProgressLine(long? NodeId, string Name, RetrofitProgress Progress, int Projects)
{
    public decimal CumulativeTarget { get; init; }
    public decimal CumulativeAccepted { get; init; }

    /// <summary>A district of the programme that reports outside this portal: its target is known, its works are not.</summary>
    public bool IsOutsidePortal => NodeId is null;
}

/// <summary>
/// 面积目标进度 of a node and its children for one year: each child's target from the programme, the area of the
/// projects under it accepted in the year, in works, and the projection (<see cref="RetrofitProgress"/>). A child
/// with neither a target nor a project is left out; the programme's label rows appear under the programme's node.
/// <paramref name="targets"/> may hold the programme's other years too: the year's own count for the year, those up
/// to it for the running totals.
/// </summary>
public static class RetrofitBoard
{
    public static ProgressLine Total(
        Node node, RetrofitProgramme? programme, IReadOnlyList<AreaTarget> targets, IReadOnlyList<RetrofitProject> projects, int year, DateOnly asOf) =>
        Line(node.Id, node.Name, node.Path, programme, targets, projects, year, asOf);

    public static IReadOnlyList<ProgressLine> ByChild(
        Node node, IReadOnlyList<Node> children, RetrofitProgramme? programme, IReadOnlyList<AreaTarget> targets,
        IReadOnlyList<RetrofitProject> projects, int year, DateOnly asOf)
    {
        var lines = children
            .Select(c => Line(c.Id, c.Name, c.Path, programme, targets, projects, year, asOf))
            .Where(l => l.Progress.TargetArea > 0 || l.Projects > 0)
            .ToList();
        if (programme is not null && programme.NodeId == node.Id)
        {
            lines.AddRange(targets.Where(t => t.NodeId is null && t.Label is not null && t.Year == year).Select(t => new ProgressLine(
                null, t.Label!, RetrofitProgress.Compute(0, TargetPeriod.CalendarYear(year), t.TargetArea, 0m, 0m, asOf) with
                {
                    // Nothing of theirs is recorded here: no pace to project, and no flag that would only mean "not in this portal".
                    ProjectedArea = null,
                    IsBehindPace = false,
                },
                0)
            {
                CumulativeTarget = targets.Where(c => c.NodeId is null && c.Label == t.Label && c.Year <= year).Sum(c => c.TargetArea),
            }));
        }
        return lines;
    }

    private static ProgressLine Line(
        long nodeId, string name, string path, RetrofitProgramme? programme, IReadOnlyList<AreaTarget> targets,
        IReadOnlyList<RetrofitProject> projects, int year, DateOnly asOf)
    {
        var target = targets.Where(t => t.NodeId == nodeId && t.Year == year).Sum(t => t.TargetArea);
        var under = projects.Where(p => Scope.Contains(path, p.EstatePath)).ToList();
        var progress = RetrofitTally.Progress(nodeId, TargetPeriod.CalendarYear(year), target, under, asOf);
        var first = new DateOnly(programme?.FirstYear ?? year, 1, 1);
        var last = new DateOnly(year, 12, 31) is var end && end < asOf ? end : asOf;
        return new(nodeId, name, progress, under.Count)
        {
            CumulativeTarget = targets.Where(t => t.NodeId == nodeId && t.Year <= year).Sum(t => t.TargetArea),
            CumulativeAccepted = under.Where(p => p.AcceptedDate is { } d && d >= first && d <= last).Sum(p => p.Area),
        };
    }
}
