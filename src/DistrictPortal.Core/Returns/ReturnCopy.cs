namespace DistrictPortal.Core.Returns;

/// <summary>A deep copy, so a return can be changed while the stored one stays as it was for the audit diff.</summary>
public static class ReturnCopy
{
    public static WeeklyReturn Of(WeeklyReturn r) => new()
    {
        Id = r.Id,
        SubDistrictId = r.SubDistrictId,
        SubDistrictName = r.SubDistrictName,
        WeekEnding = r.WeekEnding,
        Status = r.Status,
        FirstSubmittedUtc = r.FirstSubmittedUtc,
        LastSubmittedUtc = r.LastSubmittedUtc,
        SubmittedByUserId = r.SubmittedByUserId,
        SubmittedByName = r.SubmittedByName,
        ReviewedUtc = r.ReviewedUtc,
        ReviewedByUserId = r.ReviewedByUserId,
        ReviewedByName = r.ReviewedByName,
        ReviewReason = r.ReviewReason,
        HasBeenAccepted = r.HasBeenAccepted,
        IsRestatement = r.IsRestatement,
        ProgressNarrative = r.ProgressNarrative,
        ProblemsNarrative = r.ProblemsNarrative,
        NextWeekPlan = r.NextWeekPlan,
        Version = r.Version,
        Rows = r.Rows.Select(x => x.Clone()).ToList(),
    };
}
