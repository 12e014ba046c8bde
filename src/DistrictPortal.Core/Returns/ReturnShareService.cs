using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// A community officer's work on its sub-district's return (<see cref="ReturnShare"/>): save its own rows through the
/// return's workflow (<see cref="ReturnWorkflowService.SaveAsync"/>, never a submit), and mark its part done or withdraw
/// the mark. Role and scope (the community is under the return's sub-district) are the caller's to check first.
/// A mark lands only while the return keeps the status it was read with: one that loses the race with the sub-district's
/// submit is refused as <see cref="ReturnShare.NotOpen"/>. A mark that lands is told to the sub-district's officers
/// (<see cref="ReturnNoticesOfParts"/>).
/// </summary>
public sealed class ReturnShareService(
    ReturnWorkflowService workflow, IReturnShareRepository shares, IWeeklyReturnRepository returns, IPortalNotices? notices = null)
{
    public async Task<IReadOnlyList<CommunityPart>> PartsAsync(ReturnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Stored is { } stored ? await shares.ListAsync(stored.Id) : [];
    }

    /// <summary>
    /// Saves the community's rows as a draft. Refused, with nothing written, when the edit holds another community's row
    /// or the part is marked done. The first save of the week marks the part 填报中 (a second small write: the rows are
    /// saved whether or not it lands, and a part that failed to record its start only shows 未开始).
    /// </summary>
    public async Task<ReturnResult> SaveAsync(ReturnContext context, Node community, ReturnEdit edit, ReturnActor actor)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        var part = (await PartsAsync(context)).FirstOrDefault(p => p.CommunityId == community.Id);
        var working = ReturnWorkflowService.Working(context);
        var restricted = ReturnShare.Restrict(edit, working, ReturnShare.EstatesOf(context, community.Name), part);
        if (!restricted.Succeeded)
            return ReturnResult.Of(SaveOutcome.Refused, working, [.. restricted.Errors]);
        var result = await workflow.SaveAsync(context, edit, submit: false, actor);
        if (result.Outcome == SaveOutcome.Saved && ReturnShare.Started(part, result.Return.Id, community, actor) is { } started)
        {
            try
            {
                await shares.SaveAsync(started, result.Return.Status, ReturnShare.Audit(part, started, actor.Change));
            }
            catch (ConcurrencyConflictException)
            {
                // Someone of the community started (or marked) at the same moment: that write says as much.
            }
        }
        return result;
    }

    /// <summary>Marks the community's part done (已填报) or withdraws the mark; nothing is written when refused.</summary>
    public async Task<DomainResult> MarkAsync(ReturnContext context, Node community, ShareAction action, long partVersion, ReturnActor actor)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(actor);
        var part = (await PartsAsync(context)).FirstOrDefault(p => p.CommunityId == community.Id);
        var decision = ReturnShare.Decide(action, actor.Role, context, part, community.Name);
        if (!decision.Succeeded)
            return decision;
        if ((part?.Version ?? 0) != partVersion)
            return DomainResult.Refuse(ReturnShare.PartField, ReturnShare.Conflict);
        var stored = context.Stored!;
        var after = ReturnShare.Apply(action, part, stored.Id, community, actor);
        try
        {
            await shares.SaveAsync(after, stored.Status, ReturnShare.Audit(part, after, actor.Change));
        }
        catch (ConcurrencyConflictException)
        {
            // Nothing was written. The sub-district submitted since the page was read (the usual race), or the part changed.
            if (await returns.GetByIdAsync(stored.Id) is { } now && !ReturnWorkflow.IsEditable(now.Status))
                return DomainResult.Refuse(ReturnShare.PartField, ReturnShare.NotOpen, now.Status);
            return DomainResult.Refuse(ReturnShare.PartField, ReturnShare.Conflict);
        }
        // After the write, never before; each mark is its own event (marked, withdrawn, marked again), keyed by its time.
        if (notices is not null && action == ShareAction.MarkDone)
            await notices.RaiseAsync(ReturnNoticesOfParts.Done(stored, context.SubDistrict, after), actor.Change.AtUtc);
        return DomainResult.Ok;
    }
}
