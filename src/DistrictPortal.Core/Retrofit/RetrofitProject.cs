namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// 整治工程: one works project on an estate (P8: enclosure and management area, unit doors and CCTV, fire
/// facilities, management room; environment; housing; utility networks). Its area counts towards the target
/// only from the day the works are completed and accepted (竣工并接收).
/// </summary>
public sealed class RetrofitProject
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Floor area covered, m².</summary>
    public decimal Area { get; set; }
    public DateOnly? StartedDate { get; set; }
    public DateOnly? AcceptedDate { get; set; }
    public long Version { get; set; }

    public bool IsAcceptedBy(DateOnly date) => AcceptedDate is { } d && d <= date;
    public bool IsInWorksOn(DateOnly date) => StartedDate is { } s && s <= date && !IsAcceptedBy(date);
}

/// <summary>面积目标: a node's area target for a period (the admin splits the P8 targets down with <see cref="TargetSplitter"/>).</summary>
public sealed class AreaTarget
{
    public long NodeId { get; set; }
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
