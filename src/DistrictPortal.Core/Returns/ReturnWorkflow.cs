using DistrictPortal.Core.Common;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Returns;

/// <summary>The outcome of asking for a transition: the new state, or why it is refused.</summary>
public sealed record ReturnTransition(bool Allowed, ReturnStatus Status, bool IsRestatement, ValidationError? Error)
{
    internal static ReturnTransition Refuse(ReturnStatus current, string code, params object[] args) =>
        new(false, current, false, new ValidationError("Status", code, args));
}

/// <summary>
/// Who may move a weekly return from which status (P11: sub-districts report, the leading-group office reviews).
///   draft / sent back / reopened → submitted    by whoever may submit (sub-district officer; admin standing in)
///   submitted → accepted                        by a reviewer (bureau reviewer or admin)
///   submitted → sent back                       by a reviewer, with a reason
///   accepted → reopened                         by a reviewer, with a reason
/// Accepting a return that had been accepted before makes it a restatement (更正). Scope is checked by the caller.
/// </summary>
public static class ReturnWorkflow
{
    public const string NotAllowedForRole = "NotAllowedForRole";
    public const string NotAllowedFromStatus = "NotAllowedFromStatus";
    public const string ReasonRequired = "ReasonRequired";

    /// <summary>Rows and narratives can be edited only while the sub-district holds the return.</summary>
    public static bool IsEditable(ReturnStatus status) =>
        status is ReturnStatus.Draft or ReturnStatus.SentBack or ReturnStatus.Reopened;

    public static ReturnTransition Decide(
        ReturnStatus current, bool hasBeenAccepted, ReturnAction action, Role role, string? reason)
    {
        var (roleAllowed, from, to, needsReason) = action switch
        {
            ReturnAction.Submit => (Permissions.CanSubmitReturns(role), IsEditable(current), ReturnStatus.Submitted, false),
            ReturnAction.Accept => (Permissions.CanReviewReturns(role), current == ReturnStatus.Submitted, ReturnStatus.Accepted, false),
            ReturnAction.SendBack => (Permissions.CanReviewReturns(role), current == ReturnStatus.Submitted, ReturnStatus.SentBack, true),
            ReturnAction.Reopen => (Permissions.CanReviewReturns(role), current == ReturnStatus.Accepted, ReturnStatus.Reopened, true),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        if (!roleAllowed)
            return ReturnTransition.Refuse(current, NotAllowedForRole, role, action);
        if (!from)
            return ReturnTransition.Refuse(current, NotAllowedFromStatus, current, action);
        if (needsReason && string.IsNullOrWhiteSpace(reason))
            return new(false, current, false, new ValidationError("Reason", ReasonRequired, action));
        return new(true, to, action == ReturnAction.Accept && hasBeenAccepted, null);
    }

    /// <summary>
    /// Applies an allowed transition to the return: stamps who and when, keeps the first submission time
    /// (timeliness is judged on it), and marks a re-acceptance as a restatement. Returns the decision either way.
    /// </summary>
    public static ReturnTransition Apply(
        WeeklyReturn weeklyReturn, ReturnAction action, Role role, string? reason, long userId, string userName, DateTime nowUtc)
    {
        var decision = Decide(weeklyReturn.Status, weeklyReturn.HasBeenAccepted, action, role, reason);
        if (!decision.Allowed)
            return decision;

        weeklyReturn.Status = decision.Status;
        if (action == ReturnAction.Submit)
        {
            weeklyReturn.FirstSubmittedUtc ??= nowUtc;
            weeklyReturn.LastSubmittedUtc = nowUtc;
            weeklyReturn.SubmittedByUserId = userId;
            weeklyReturn.SubmittedByName = userName;
            return decision;
        }

        weeklyReturn.ReviewedUtc = nowUtc;
        weeklyReturn.ReviewedByUserId = userId;
        weeklyReturn.ReviewedByName = userName;
        weeklyReturn.ReviewReason = action == ReturnAction.Accept ? null : reason!.Trim();
        if (action == ReturnAction.Accept)
        {
            weeklyReturn.IsRestatement = decision.IsRestatement;
            weeklyReturn.HasBeenAccepted = true;
        }
        return decision;
    }
}
