using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Core.Returns;

public enum SaveOutcome { Saved, NoChanges, Submitted, Invalid, Conflict, Locked, Refused }

/// <summary>What became of a save, submit or review: the return as it now reads (or as typed, when refused) and why.</summary>
public sealed record ReturnResult(SaveOutcome Outcome, WeeklyReturn Return, IReadOnlyList<ValidationError> Errors)
{
    public static ReturnResult Of(SaveOutcome outcome, WeeklyReturn weeklyReturn, params ValidationError[] errors) => new(outcome, weeklyReturn, errors);

    /// <summary>The refusal as every Core workflow answers one (empty errors when it was written or nothing changed).</summary>
    public DomainResult AsDomainResult() => new(Errors);
}

/// <summary>Who acts on a return: the audit's change context (user id, login, time), the role the workflow checks and
/// the name a return shows as its submitter or reviewer (街道填报员, 区住建局审核员).</summary>
public sealed record ReturnActor(ChangeContext Change, Role Role, string DisplayName);

/// <summary>
/// The Friday return's workflow (周报): pre-fill, save a draft, submit, send back, accept, reopen. It decides (the
/// rules of <see cref="ReturnValidator"/> and <see cref="ReturnWorkflow"/>), builds the audit entries
/// (<see cref="ReturnAudit"/>, <see cref="ReturnAcceptance"/>), freezes the week (<see cref="ReturnSnapshot"/>) and calls
/// the repository once, entity and audit in one transaction; nothing is written when it refuses. Role and scope are the
/// caller's to check first; the week itself comes in as a <see cref="ReturnContext"/>. A reviewer's decision, once
/// written, is raised as a notice (<see cref="ReturnNotices"/>) to the sub-district's officers and its group robots.
/// </summary>
public sealed class ReturnWorkflowService(
    IWeeklyReturnRepository returns, IEstateRepository estates, IAuditRepository trails, IPortalNotices? notices = null)
{
    /// <summary>
    /// The return as the page shows it. A locked return is shown as stored. An editable one follows the current campaign
    /// list: its own rows kept, estates no longer listed dropped, new ones pre-filled from the facts' homes
    /// (<see cref="ReturnPrefill"/>). Every editable row shows the committee track's dates as they stand: they are typed
    /// on /committees/{estateId}, never in the return.
    /// </summary>
    public static WeeklyReturn Working(ReturnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Stored is { } stored && !context.IsEditable)
            return stored;
        var draft = context.Stored is { } s ? ReturnCopy.Of(s) : new WeeklyReturn
        {
            SubDistrictId = context.SubDistrict.Id,
            SubDistrictName = context.SubDistrict.Name,
            WeekEnding = context.WeekEnding,
            Status = ReturnStatus.Draft,
        };
        var own = draft.Rows.ToDictionary(r => r.EstateId);
        // A strike-off the registry no longer holds (a failed look-back, 返潮; a withdrawal) leaves a saved draft too.
        foreach (var row in draft.Rows)
            ReturnPrefill.FollowRelapse(row, context.Registry.GetValueOrDefault(row.EstateId), context.WeekEnding,
                context.Relapses.TryGetValue(row.EstateId, out var relapsedOn) ? relapsedOn : null);
        var previous = context.PreviousAccepted;
        draft.Rows = context.Estates
            .Select(e => own.GetValueOrDefault(e.EstateId) ?? Prefill(context, previous.GetValueOrDefault(e.EstateId), e, draft.Id))
            .ToList();
        draft.Rows.ForEach(r => ReturnPrefill.ShowTrack(r, context.Tracks.GetValueOrDefault(r.EstateId)));
        return draft;
    }

    /// <summary>
    /// 校验: what a submission of the edit would be refused for, by the same rules <see cref="SaveAsync"/> applies on
    /// submit, with nothing saved. The return as typed comes back with the errors, for the page to show.
    /// </summary>
    public static ReturnResult Check(ReturnContext context, ReturnEdit edit)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(edit);
        var typed = Working(context);
        edit.ApplyTo(typed);
        var errors = Errors(context, edit, typed, submit: true);
        return ReturnResult.Of(errors.Count == 0 ? SaveOutcome.NoChanges : SaveOutcome.Invalid, typed, [.. errors]);
    }

    // A draft may break the rules of submission, but not what could never be stored (negative counts, endless text).
    private static List<ValidationError> Errors(ReturnContext context, ReturnEdit edit, WeeklyReturn working, bool submit) =>
        edit.Errors(working)
            .Concat(ReturnValidator.Validate(working, context.StandingStrikeOffs, context.Today)
                .Where(e => submit || e.Code == ReturnErrors.NotNegative))
            .Concat(submit ? LookBacks.StrikeOffEvidence.Missing(working, context.Registry, context.EvidenceRules, context.EstatesWithEvidence) : [])
            .ToList();

    /// <summary>Saves the draft, or submits it when <paramref name="submit"/>; nothing is written unless the result says so.</summary>
    public async Task<ReturnResult> SaveAsync(ReturnContext context, ReturnEdit edit, bool submit, ReturnActor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        var working = Working(context);
        if (!context.IsEditable)
            return ReturnResult.Of(SaveOutcome.Locked, working);
        edit.ApplyTo(working);
        if (edit.Version != (context.Stored?.Version ?? 0))
            return ReturnResult.Of(SaveOutcome.Conflict, working);

        var errors = Errors(context, edit, working, submit);
        if (context.Stored is null && ReturnFiler.Error(context.SubDistrict) is { } notFiler)
            errors.Insert(0, notFiler);
        if (errors.Count > 0)
            return ReturnResult.Of(SaveOutcome.Invalid, working, [.. errors]);
        if (submit && ReturnWorkflow.Decide(working.Status, working.HasBeenAccepted, ReturnAction.Submit, actor.Role, null) is { Allowed: false } refused)
            return ReturnResult.Of(SaveOutcome.Refused, working, refused.Error!);

        var change = actor.Change;
        try
        {
            if (submit)
            {
                // A resubmission answers the reviewer: the row reasons have served their purpose (the audit keeps them).
                working.Rows.ForEach(r => r.ReviewReason = null);
                ReturnWorkflow.Apply(working, ReturnAction.Submit, actor.Role, null, change.UserId, actor.DisplayName, change.AtUtc);
            }
            if (context.Stored is not { } before)
                return await CreateAsync(context, working, submit, change);
            var audit = ReturnAudit.Diff(before, working, change);
            if (audit.Count == 0 && !RowsChanged(before, working))
                return ReturnResult.Of(SaveOutcome.NoChanges, working);
            await returns.UpdateAsync(working, audit);
            return ReturnResult.Of(submit ? SaveOutcome.Submitted : SaveOutcome.Saved, working);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or DuplicateNameException)
        {
            // Someone else saved (or first created) this week's return since the page was read: nothing was written.
            return ReturnResult.Of(SaveOutcome.Conflict, working);
        }
    }

    /// <summary>
    /// The week's first write: the return as typed (and submitted, when it is), created in one transaction with a trail
    /// that reads as if it had been created pre-filled and then edited — "create", then each cell the officer changed
    /// from its pre-filled value — so the officer's first edits are itemised. Written once, not created pre-filled and
    /// then rewritten: at the Friday peak every submission is a first one, and SQLite writes one at a time (issue 19).
    /// </summary>
    private async Task<ReturnResult> CreateAsync(ReturnContext context, WeeklyReturn working, bool submit, ChangeContext change)
    {
        // The rows in the order the store reads them back (estate name), so the trail lists the cells as it always has.
        working.Rows = NameKey.Order(working.Rows, r => r.EstateName, r => r.EstateId);
        var audit = new List<AuditEntry>(ReturnAudit.Created(context.WeekEnding, change));
        audit.AddRange(ReturnAudit.Diff(Working(context), working, change));
        working.Id = await returns.CreateAsync(working, audit);
        working.Version = 1;
        working.Rows.ForEach(r => r.WeeklyReturnId = working.Id);
        return ReturnResult.Of(submit ? SaveOutcome.Submitted : SaveOutcome.Saved, working);
    }

    /// <summary>Accept, send back or reopen. Accepting freezes the week's figures and strikes newly covered estates off the registry.</summary>
    public async Task<ReturnResult> ReviewAsync(ReturnContext context, ReturnAction action, ReturnReview review, ReturnActor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(actor);
        if (context.Stored is not { } stored)
            return ReturnResult.Of(SaveOutcome.Refused, Working(context),
                new ValidationError("Status", ReturnWorkflow.NotAllowedFromStatus, ReturnStatus.Draft, action));
        var after = ReturnCopy.Of(stored);
        if (review.Version != stored.Version)
            return ReturnResult.Of(SaveOutcome.Conflict, after);
        var reason = ReturnEdit.Clean(review.Reason);
        if (reason?.Length > ReturnReview.MaxReasonLength)
            return ReturnResult.Of(SaveOutcome.Invalid, after,
                new ValidationError(nameof(ReturnReview.Reason), ReturnErrors.NarrativeTooLong, "", ReturnReview.MaxReasonLength));
        if (action == ReturnAction.SendBack)
            reason = MarkRows(after, review.RowReasons, reason);

        var change = actor.Change;
        var decision = ReturnWorkflow.Apply(after, action, actor.Role, reason, change.UserId, actor.DisplayName, change.AtUtc);
        if (!decision.Allowed)
            return ReturnResult.Of(SaveOutcome.Refused, after, decision.Error!);
        // The week is frozen with the committee dates as their home has them at acceptance.
        if (action == ReturnAction.Accept)
            after.Rows.ForEach(r => ReturnPrefill.ShowTrack(r, context.Tracks.GetValueOrDefault(r.EstateId)));
        var audit = ReturnAudit.Diff(stored, after, change);
        try
        {
            if (action == ReturnAction.Accept)
            {
                // The registry's trail names the reviewer as the return does (区住建局审核员), not by the login name.
                var registry = ReturnAcceptance.Decide(after, context.Registry, await WithdrawalsAsync(after),
                    await IsNewestWeekAsync(context), change with { UserName = actor.DisplayName });
                await returns.AcceptAsync(after, ReturnSnapshot.Freeze(after, context.Calendar, change.AtUtc), registry.Updates,
                    [.. audit, .. registry.Audit]);
            }
            else
                await returns.UpdateAsync(after, audit);
        }
        catch (ConcurrencyConflictException)
        {
            return ReturnResult.Of(SaveOutcome.Conflict, after);
        }
        // After the write, never before: a refused or conflicting decision tells nobody. Keyed by the review time, so
        // each decision is told once.
        if (notices is not null && ReturnNotices.Of(after, context.SubDistrict) is { } notice)
            await notices.RaiseAsync(notice, change.AtUtc);
        return ReturnResult.Of(SaveOutcome.Saved, after);
    }

    /// <summary>No later week of the sub-district is accepted: its rows then state the registry's current mode and six haves.</summary>
    private async Task<bool> IsNewestWeekAsync(ReturnContext context) =>
        !(await returns.ListAsync(context.SubDistrict.Path, context.WeekEnding.AddDays(7), context.WeekEnding.AddYears(5)))
            .Any(r => r.SubDistrictId == context.SubDistrict.Id && r.Status == ReturnStatus.Accepted);

    /// <summary>
    /// A restatement that un-strikes a row withdraws the strike-off this return made: the registry goes back to what
    /// the estate's trail says it was (<see cref="StrikeOffWithdrawal"/>). Only restatements can have one.
    /// </summary>
    private async Task<List<EstateStrikeOff>> WithdrawalsAsync(WeeklyReturn accepted)
    {
        var withdrawals = new List<EstateStrikeOff>();
        if (!accepted.IsRestatement)
            return withdrawals;
        foreach (var row in accepted.Rows.Where(r => !r.IsStruckOff))
        {
            if (await estates.GetByIdAsync(row.EstateId) is not { } estate || !StrikeOffWithdrawal.MayHoldStrikeOff(estate))
                continue;
            if (StrikeOffWithdrawal.For(estate, accepted.Id, await trails.ListForEntityAsync(EstateAudit.EntityType, estate.Id)) is { } withdrawal)
                withdrawals.Add(withdrawal);
        }
        return withdrawals;
    }

    /// <summary>Puts each row's reason beside it; with no reason for the whole return, the row reasons make it up.</summary>
    private static string? MarkRows(WeeklyReturn weeklyReturn, IReadOnlyDictionary<long, string?> rowReasons, string? reason)
    {
        foreach (var row in weeklyReturn.Rows)
        {
            var text = ReturnEdit.Clean(rowReasons.GetValueOrDefault(row.EstateId));
            row.ReviewReason = text is { Length: > ReturnReview.MaxReasonLength } ? text[..ReturnReview.MaxReasonLength] : text;
        }
        if (reason is not null)
            return reason;
        var marked = weeklyReturn.Rows.Where(r => r.ReviewReason is not null).Select(r => $"{r.EstateName}：{r.ReviewReason}").ToList();
        return marked.Count == 0 ? null : string.Join("；", marked);
    }

    private static ReturnRow Prefill(ReturnContext context, ReturnRow? last, Campaigns.CampaignEstate estate, long weeklyReturnId)
    {
        var row = ReturnPrefill.NewRow(estate.EstateId, estate.EstateName, estate.Households,
            context.Registry.GetValueOrDefault(estate.EstateId), context.Tracks.GetValueOrDefault(estate.EstateId), last);
        row.WeeklyReturnId = weeklyReturnId;
        return row;
    }

    // ReturnAudit.Diff does not see a row that was dropped from the list; the save must still happen.
    private static bool RowsChanged(WeeklyReturn before, WeeklyReturn after) =>
        !before.Rows.Select(r => r.EstateId).Order().SequenceEqual(after.Rows.Select(r => r.EstateId).Order());
}
