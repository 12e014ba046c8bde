namespace DistrictPortal.Core.Returns;

/// <summary>
/// Life of a weekly return (周报): 草稿 draft → 已报送 submitted → 已退回 sent back (to be corrected and resubmitted)
/// or 已审核 accepted (locked) → 已重开 reopened by the reviewer with a reason → submitted → accepted again as a restatement.
/// </summary>
public enum ReturnStatus
{
    Draft = 1,
    Submitted = 2,
    SentBack = 3,
    Accepted = 4,
    Reopened = 5,
}

public enum ReturnAction
{
    Submit = 1,
    Accept = 2,
    SendBack = 3,
    Reopen = 4,
}
