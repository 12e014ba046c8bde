namespace DistrictPortal.Core.Returns;

/// <summary>
/// 周报: one sub-district's return for one reporting week (P11: every Friday to the leading-group office).
/// Figures are derived from <see cref="Rows"/> by <see cref="ReturnFigures"/>, never typed in.
/// </summary>
public sealed class WeeklyReturn
{
    public long Id { get; set; }
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    /// <summary>The Friday that names the reporting week (Asia/Shanghai).</summary>
    public DateOnly WeekEnding { get; set; }
    public ReturnStatus Status { get; set; } = ReturnStatus.Draft;
    /// <summary>Timeliness is judged on this and it never changes after the first submission.</summary>
    public DateTime? FirstSubmittedUtc { get; set; }
    public DateTime? LastSubmittedUtc { get; set; }
    public long? SubmittedByUserId { get; set; }
    public string? SubmittedByName { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public long? ReviewedByUserId { get; set; }
    public string? ReviewedByName { get; set; }
    /// <summary>Why it was last sent back or reopened.</summary>
    public string? ReviewReason { get; set; }
    /// <summary>True once the return has been accepted at least once: a later acceptance is a restatement (更正).</summary>
    public bool HasBeenAccepted { get; set; }
    public bool IsRestatement { get; set; }
    /// <summary>本周进展</summary>
    public string? ProgressNarrative { get; set; }
    /// <summary>存在问题</summary>
    public string? ProblemsNarrative { get; set; }
    /// <summary>下周计划</summary>
    public string? NextWeekPlan { get; set; }
    public long Version { get; set; }

    public List<ReturnRow> Rows { get; set; } = [];
}
