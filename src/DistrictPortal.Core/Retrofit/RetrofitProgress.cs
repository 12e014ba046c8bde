namespace DistrictPortal.Core.Retrofit;

/// <summary>A target period: normally a calendar year, first and last day inclusive.</summary>
public sealed record TargetPeriod(DateOnly First, DateOnly Last)
{
    public static TargetPeriod CalendarYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Days of the period gone by the end of <paramref name="asOf"/>: 0 before it starts, all of them after it ends.</summary>
    public int ElapsedDays(DateOnly asOf) => Math.Clamp(asOf.DayNumber - First.DayNumber + 1, 0, Days);
}

/// <summary>
/// 面积目标进度 (P8): for one node (district, sub-district…) and one period, the target, the area completed and
/// accepted so far, % of target (one decimal, midpoint away from zero), the area still in works, and a straight-line
/// projection to the period's end from the pace so far (accepted ÷ elapsed days × days in the period, to 0.01 m²).
/// Flagged when that projection falls short of the target. Area in works does not count until accepted.
/// </summary>
public sealed record RetrofitProgress(
    long NodeId,
    TargetPeriod Period,
    decimal TargetArea,
    decimal AcceptedArea,
    decimal InWorksArea,
    decimal? PercentOfTarget,
    decimal? ProjectedArea,
    bool IsBehindPace)
{
    public decimal Shortfall => Math.Max(0m, TargetArea - AcceptedArea);

    public static RetrofitProgress Compute(
        long nodeId, TargetPeriod period, decimal targetArea, decimal acceptedArea, decimal inWorksArea, DateOnly asOf)
    {
        var percent = targetArea > 0
            ? Math.Round(acceptedArea * 100m / targetArea, 1, MidpointRounding.AwayFromZero)
            : (decimal?)null;

        // Before the period starts there is no pace to project from.
        var elapsed = period.ElapsedDays(asOf);
        decimal? projected = elapsed == 0
            ? null
            : Math.Round(acceptedArea * period.Days / elapsed, 2, MidpointRounding.AwayFromZero);

        var behind = projected is { } p && p < targetArea;
        return new(nodeId, period, targetArea, acceptedArea, inWorksArea, percent, projected, behind);
    }
}
