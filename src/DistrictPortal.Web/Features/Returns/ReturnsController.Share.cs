using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// The shared return (社区填报, P11: 街道负责、社区落实): a community officer opens its own sub-district's return, sees and
/// saves only its community's rows, and marks its part done (已填报) or withdraws the mark; the rules are Core's
/// <see cref="ReturnShare"/>. Any other sub-district's return stays 404 to it, and it never submits or reviews.
/// </summary>
public sealed partial class ReturnsController
{
    /// <summary>The community whose rows this request shows and saves; null for everyone but a community officer on its own return.</summary>
    private Node? _community;

    [HttpPost("{subDistrictId:long}/{weekEnding}/community/done")]
    public Task<IActionResult> MarkDone(long subDistrictId, string weekEnding, [FromForm] long partVersion) =>
        MarkAsync(subDistrictId, weekEnding, ShareAction.MarkDone, partVersion, "Returns.Share.MarkedFlash");

    [HttpPost("{subDistrictId:long}/{weekEnding}/community/withdraw")]
    public Task<IActionResult> Withdraw(long subDistrictId, string weekEnding, [FromForm] long partVersion) =>
        MarkAsync(subDistrictId, weekEnding, ShareAction.Withdraw, partVersion, "Returns.Share.WithdrawnFlash");

    /// <summary>
    /// The sub-district, when the user is a community officer of one of its communities (<see cref="ReturnShare.CommunityOf"/>);
    /// the community is kept for the rest of the request. Null otherwise, and then the usual scope rules answer.
    /// </summary>
    private async Task<Node?> SharedAsync(long subDistrictId)
    {
        if (me.Role != Role.CommunityOfficer || await nodes.GetByIdAsync(subDistrictId) is not { } node
            || ReturnShare.CommunityOf(me.Role, me.ScopePath, node) is not { } communityId)
            return null;
        _community = await nodes.GetByIdAsync(communityId);
        return _community is null ? null : node;
    }

    /// <summary>The returns list of a community officer is its sub-district's; everyone else's is their scope's.</summary>
    private async Task<string> ListScopeAsync()
    {
        if (me.Role == Role.CommunityOfficer && await nodes.GetByIdAsync(me.ScopeNodeId) is { ParentId: { } parentId }
            && await nodes.GetByIdAsync(parentId) is { } parent && ReturnShare.CommunityOf(me.Role, me.ScopePath, parent) is not null)
            return parent.Path;
        return me.ScopePath;
    }

    private async Task<ReturnShareView> ShareAsync(ReturnContext context)
    {
        var parts = await shares.PartsAsync(context);
        var community = _community;
        return new ReturnShareView(
            community,
            community is null ? null : parts.FirstOrDefault(p => p.CommunityId == community.Id),
            ReturnShare.Of(context, parts),
            community is null ? new HashSet<long>() : ReturnShare.EstatesOf(context, community.Name));
    }

    private async Task<IActionResult> MarkAsync(long subDistrictId, string weekEnding, ShareAction action, long partVersion, string flash)
    {
        if (await SharedAsync(subDistrictId) is not { } node)
            return await guard.ReadableNodeAsync(subDistrictId) is null ? NotFound() : Forbid();
        if (ParseWeek(weekEnding) is not { } week || await service.LoadAsync(node, week) is not { } context)
            return NotFound();
        var result = await shares.MarkAsync(context, _community!, action, partVersion, Actor());
        if (result.Succeeded)
        {
            TempData.Flash(l[flash, _community!.Name]);
            return Redirect(ReturnUrls.Of(context));
        }
        // The return as it now stands: a submit since the page was read (the mark refused as too late) shows as submitted.
        var now = await service.LoadAsync(node, week) ?? context;
        return await PageAsync(now, ReturnWorkflowService.Working(now), now.Stored?.Version ?? 0,
            StatusCodes.Status409Conflict, refusal: ReturnMessages.Share(l, result.Errors[0]));
    }

    /// <summary>
    /// A community officer's save: its rows only (Core refuses a row of another community whole, nothing written, 403),
    /// 校验 on its own rows, never a submit (403 with the reason).
    /// </summary>
    private async Task<IActionResult> CommunitySaveAsync(Node subDistrict, string weekEnding, ReturnForm form, ReturnRows.View view)
    {
        if (ParseWeek(weekEnding) is not { } week || await service.LoadAsync(subDistrict, week) is not { } context)
            return NotFound();
        var community = _community!;
        var version = form.Version;
        if (form.IsSubmit)
            return await PageAsync(context, ReturnWorkflowService.Working(context), version, StatusCodes.Status403Forbidden,
                refusal: ReturnMessages.Workflow(l, new ValidationError("Status", ReturnWorkflow.NotAllowedForRole, me.Role, ReturnAction.Submit)), view: view);
        if (!ModelState.IsValid)
        {
            var typed = ReturnWorkflowService.Working(context);
            form.ApplyTo(typed);
            return await PageAsync(context, typed, version, StatusCodes.Status200OK, view: view);
        }
        if (form.IsValidate)
        {
            var own = ReturnShare.EstatesOf(context, community.Name);
            var refusedCheck = ReturnShare.Restrict(form, ReturnWorkflowService.Working(context), own, null);
            if (!refusedCheck.Succeeded)
                return await PageAsync(context, ReturnWorkflowService.Working(context), version, StatusCodes.Status403Forbidden,
                    refusal: ReturnMessages.Share(l, refusedCheck.Errors[0]), view: view);
            // The community answers for its own rows: the rest of the return's rules are the sub-district's.
            var check = ReturnWorkflowService.Check(context, form);
            var mine = check.Errors.Where(e => ReturnRows.EstateIdOf(e.Field) is { } id && own.Contains(id)).ToList();
            foreach (var error in mine)
                ModelState.AddModelError(error.Field, ReturnMessages.Message(l, error));
            return await PageAsync(context, check.Return, version, StatusCodes.Status200OK, view: view,
                note: mine.Count == 0 ? l["Returns.Validated"] : l["Returns.ValidationFailed", mine.Count]);
        }
        if (form.IsTickHaves)
            form.TickAllHaves(form.Tick);
        var result = await shares.SaveAsync(context, community, form, Actor());
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                TempData.Flash(l["Returns.DraftSaved"]);
                return Redirect(ReturnUrl(context, view, form.At));
            case SaveOutcome.NoChanges:
                TempData.Flash(l["Returns.NoChanges"]);
                return Redirect(ReturnUrl(context, view, form.At));
            case SaveOutcome.Invalid:
                foreach (var error in result.Errors)
                    ModelState.AddModelError(error.Field, ReturnMessages.Message(l, error));
                return await PageAsync(context, result.Return, version, StatusCodes.Status200OK, refusal: l["Returns.NotSaved"], view: view);
            case SaveOutcome.Refused:
                // Another community's row is not this officer's to change: refused whole, as a forbidden write.
                var foreign = result.Errors[0].Code == ReturnShare.NotYourCommunity;
                return await PageAsync(context, ReturnWorkflowService.Working(context), version,
                    foreign ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict, refusal: ReturnMessages.Share(l, result.Errors[0]), view: view);
            case SaveOutcome.Locked:
                return await PageAsync(context, result.Return, context.Stored!.Version, StatusCodes.Status409Conflict,
                    refusal: l["Returns.Locked", ReturnMessages.StatusLabel(l, context.Status)]);
            default:
                return await PageAsync(context, result.Return, version, StatusCodes.Status409Conflict, conflict: true);
        }
    }
}

/// <summary>The shared return as one page shows it: the community officer's own part, or every community for the sub-district.</summary>
/// <param name="Community">The community officer's community; null for everyone else.</param>
/// <param name="Own">The community's estates on the list (empty when <paramref name="Community"/> is null).</param>
public sealed record ReturnShareView(Node? Community, CommunityPart? Part, IReadOnlyList<CommunityShare> Communities, IReadOnlySet<long> Own)
{
    public bool IsCommunity => Community is not null;

    public IReadOnlyList<string> NotDone => ReturnShare.Outstanding(Communities);

    /// <summary>The rows the page shows: a community officer's own only (the others are neither shown nor posted).</summary>
    public WeeklyReturn RowsOf(WeeklyReturn shown)
    {
        if (Community is null)
            return shown;
        var copy = ReturnCopy.Of(shown);
        copy.Rows = copy.Rows.Where(r => Own.Contains(r.EstateId)).ToList();
        return copy;
    }
}
