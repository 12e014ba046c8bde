using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// Who files a weekly return: a live sub-district (P3). Checked before a return is first written, by the officer's save
/// (<see cref="ReturnWorkflowService"/>) and by the deadline job's overdue mark (<see cref="MarkOverdueAsync"/>), so
/// neither database has to refuse it.
/// </summary>
public static class ReturnFiler
{
    /// <summary>The refusal for a node that does not file returns; null for a sub-district.</summary>
    public static ValidationError? Error(Node? node) =>
        node is { Level: NodeLevel.SubDistrict }
            ? null
            : new ValidationError(nameof(WeeklyReturn.SubDistrictId), ValidationCodes.NotASubDistrict);

    /// <summary>
    /// Marks a week whose deadline passed with nothing submitted (creating the empty draft when there is none), audited as
    /// <see cref="ReturnAudit.Overdue"/>. True when this call marked it; false when it was marked or submitted before.
    /// </summary>
    public static async Task<DomainResult<bool>> MarkOverdueAsync(
        IWeeklyReturnRepository returns, Node subDistrict, DateOnly weekEnding, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(context);
        if (Error(subDistrict) is { } error)
            return DomainResult<bool>.From([error]);
        return DomainResult<bool>.Done(await returns.MarkOverdueAsync(subDistrict.Id, weekEnding, ReturnAudit.Overdue(weekEnding, context)));
    }
}
