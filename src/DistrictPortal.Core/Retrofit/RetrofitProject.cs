namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// 整治工程: one works project on an estate (P8: enclosure and management area, unit doors and CCTV, fire
/// facilities, management room; environment; housing; utility networks). Its area counts towards the target
/// only from the day the works are completed and accepted (竣工并接收).
/// </summary>
public sealed class RetrofitProject
{
    public long Id { get; set; }
    /// <summary>The estate the works are on; for a management area merging scattered buildings, its lead estate.</summary>
    public long EstateId { get; set; }
    /// <summary>Other estates of the same community merged into one management area with <see cref="EstateId"/> (P8: 零星楼栋合并).</summary>
    public IReadOnlyList<long> MergedEstateIds { get; set; } = [];
    public string Name { get; set; } = "";
    public RetrofitWorkItems WorkItems { get; set; }
    /// <summary>Floor area covered, m².</summary>
    public decimal Area { get; set; }
    public RetrofitStatus Status { get; set; } = RetrofitStatus.Planned;
    public DateOnly? StartedDate { get; set; }
    public DateOnly? CompletedDate { get; set; }
    /// <summary>竣工验收并接收: set only when <see cref="Status"/> is Accepted.</summary>
    public DateOnly? AcceptedDate { get; set; }
    public long Version { get; set; }

    // Read from the hierarchy on reads; never written.
    public string EstateName { get; set; } = "";
    public string EstatePath { get; set; } = "";
    public long CommunityId { get; set; }

    public bool IsAcceptedBy(DateOnly date) => AcceptedDate is { } d && d <= date;
    public bool IsInWorksOn(DateOnly date) => StartedDate is { } s && s <= date && !IsAcceptedBy(date);
}

/// <summary>
/// 面积目标: a node's area target for a year of a programme (the admin splits the P8 targets down with
/// <see cref="TargetSplitter"/>). A district of the city programme that is not in this portal's hierarchy is a row
/// with no node and a <see cref="Label"/> instead, shown beside the programme's own node's children.
/// </summary>
public sealed class AreaTarget
{
    public long Id { get; set; }
    public long ProgrammeId { get; set; }
    public long? NodeId { get; set; }
    public string? Label { get; set; }
    public int Year { get; set; }
    public decimal TargetArea { get; set; }
    public long Version { get; set; }
}

public static class RetrofitTally
{
    /// <summary>Progress of a node from its estates' projects: accepted inside the period up to <paramref name="asOf"/>, and in works on that day.</summary>
    public static RetrofitProgress Progress(
        long nodeId, TargetPeriod period, decimal targetArea, IEnumerable<RetrofitProject> projects, DateOnly asOf)
    {
        var list = projects.ToList();
        var accepted = list
            .Where(p => p.AcceptedDate is { } d && d >= period.First && d <= period.Last && d <= asOf)
            .Sum(p => p.Area);
        var inWorks = list.Where(p => p.IsInWorksOn(asOf)).Sum(p => p.Area);
        return RetrofitProgress.Compute(nodeId, period, targetArea, accepted, inWorks, asOf);
    }
}
