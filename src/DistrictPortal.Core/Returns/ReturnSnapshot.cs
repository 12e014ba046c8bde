using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// A week's figures frozen when a return is accepted. A restatement adds a new snapshot (IsRestatement) and
/// leaves the earlier one in place, so a past week never changes silently; the newest snapshot of a week is current.
/// </summary>
public sealed class ReturnSnapshot
{
    public long Id { get; set; }
    public long WeeklyReturnId { get; set; }
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public DateOnly WeekEnding { get; set; }
    public DateTime AcceptedUtc { get; set; }
    public bool IsRestatement { get; set; }
    public bool WasOnTime { get; set; }
    public int Baseline { get; set; }
    public int Covered { get; set; }
    public int Remaining { get; set; }
    public decimal? PercentCleared { get; set; }
    public int NewlyCovered { get; set; }
    public int CommitteesFormed { get; set; }
    public long HouseholdsCovered { get; set; }
    /// <summary>The struck-off estate ids at acceptance, comma-separated, so a frozen figure can still be opened to its list.</summary>
    public string CoveredEstateIds { get; set; } = "";

    /// <summary>
    /// The one snapshot builder (acceptance, the week-close job and the demo history all call it): the accepted
    /// return's figures, on time judged on the first submission against the calendar, whatever came after.
    /// </summary>
    public static ReturnSnapshot Freeze(WeeklyReturn accepted, ReportingCalendar calendar, DateTime acceptedUtc) =>
        From(accepted, ReturnFigures.Compute(accepted), acceptedUtc,
            calendar.Evaluate(accepted.WeekEnding, accepted.FirstSubmittedUtc, acceptedUtc) == Timeliness.OnTime);

    public static ReturnSnapshot From(WeeklyReturn weeklyReturn, ReturnFigures figures, DateTime acceptedUtc, bool wasOnTime) => new()
    {
        WeeklyReturnId = weeklyReturn.Id,
        SubDistrictId = weeklyReturn.SubDistrictId,
        SubDistrictName = weeklyReturn.SubDistrictName,
        WeekEnding = weeklyReturn.WeekEnding,
        AcceptedUtc = acceptedUtc,
        IsRestatement = weeklyReturn.IsRestatement,
        WasOnTime = wasOnTime,
        Baseline = (int)figures.Baseline.Value,
        Covered = (int)figures.Covered.Value,
        Remaining = (int)figures.Remaining.Value,
        PercentCleared = figures.PercentCleared,
        NewlyCovered = (int)figures.NewlyCovered.Value,
        CommitteesFormed = (int)figures.CommitteesFormed.Value,
        HouseholdsCovered = figures.HouseholdsCovered.Value,
        CoveredEstateIds = string.Join(',', figures.Covered.EstateIds),
    };
}

/// <summary>One line of the returns list and of the completeness matrix: a return without its rows.</summary>
public sealed class ReturnSummary
{
    public long Id { get; set; }
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public DateOnly WeekEnding { get; set; }
    public ReturnStatus Status { get; set; }
    public DateTime? FirstSubmittedUtc { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public bool IsRestatement { get; set; }
    public bool WasSentBack { get; set; }
    public DateTime? MarkedOverdueUtc { get; set; }
}
