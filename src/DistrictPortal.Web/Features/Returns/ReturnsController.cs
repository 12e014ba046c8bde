using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// The Friday return (周报): the list of the user's scope, one sub-district's week (read, save a draft, submit) and the
/// reviewer's decisions beneath it. Outside the scope a read is 404 and a write 403; the role rules are Core's
/// (Permissions, ReturnWorkflow). A week ending that is not a Friday is 404.
/// </summary>
[Route("returns")]
public sealed partial class ReturnsController(
    ReturnService service,
    ReturnWorkflowService workflow,
    ReturnShareService shares,
    ReturnList list,
    IWeeklyReturnRepository returns,
    INodeRepository nodes,
    IAuditRepository audit,
    CurrentUser me,
    ScopeGuard guard,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>A sub-district's list runs to a hundred estates or more, a dozen fields each: well past the default 1,024 form values.</summary>
    private const int FormValueLimit = 20_000;
    private const int AuditLimit = 5_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ReturnListRequest request) =>
        View(await list.BuildAsync(await ListScopeAsync(), request, clock.UtcNow, clock.ToLocal));

    /// <summary>A return by its id (as the estate registry's audit links it): redirects to its page.</summary>
    [HttpGet("{id:long}")]
    public async Task<IActionResult> ById(long id)
    {
        var weeklyReturn = await returns.GetByIdAsync(id);
        var node = weeklyReturn is null ? null : await guard.ReadableNodeAsync(weeklyReturn.SubDistrictId);
        return node is null ? NotFound() : Redirect(ReturnUrls.Of(node.Id, weeklyReturn!.WeekEnding));
    }

    [HttpGet("{subDistrictId:long}/{weekEnding}")]
    public async Task<IActionResult> Show(long subDistrictId, string weekEnding, string? figure, long? snapshot, string? f, string? q)
    {
        // A community officer reads its own sub-district's return (its community's rows); anyone else within their scope.
        var node = await guard.ReadableNodeAsync(subDistrictId) ?? await SharedAsync(subDistrictId);
        if (node is null || ParseWeek(weekEnding) is not { } week || await service.LoadToShowAsync(node, week) is not { } context)
            return NotFound();
        return View("Return", await ModelAsync(context, ReturnWorkflowService.Working(context), context.Stored?.Version ?? 0, figure, snapshot,
            view: new ReturnRows.View(ReturnRows.Parse(f), q)));
    }

    [HttpPost("{subDistrictId:long}/{weekEnding}")]
    [RequestFormLimits(ValueCountLimit = FormValueLimit)]
    public async Task<IActionResult> Save(long subDistrictId, string weekEnding, [FromForm] ReturnForm form,
        [FromQuery(Name = "f")] string? filter, [FromQuery(Name = "q")] string? search)
    {
        if (await SharedAsync(subDistrictId) is { } shared)
            return await CommunitySaveAsync(shared, weekEnding, form, new ReturnRows.View(ReturnRows.Parse(filter), search));
        var (context, refused) = await WriteAsync(subDistrictId, weekEnding, Permissions.CanSubmitReturns);
        if (refused is not null)
            return refused;
        var view = new ReturnRows.View(ReturnRows.Parse(filter), search);
        if (!ModelState.IsValid)
        {
            // A value the binder could not read (a malformed date): show it, save nothing.
            var typed = ReturnWorkflowService.Working(context!);
            form.ApplyTo(typed);
            return await PageAsync(context!, typed, form.Version, StatusCodes.Status200OK, view: view);
        }
        if (form.IsValidate)
            return await ValidateAsync(context!, form, view);
        if (form.IsTickHaves)
            form.TickAllHaves(form.Tick);
        var result = await workflow.SaveAsync(context!, form, form.IsSubmit, Actor());
        // Back to the filter the officer was using and the row they were at, not the top of a hundred-row page.
        var back = ReturnUrl(context!, view, form.At);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                TempData.Flash(l["Returns.DraftSaved"]);
                return Redirect(back);
            case SaveOutcome.NoChanges:
                TempData.Flash(l["Returns.NoChanges"]);
                return Redirect(back);
            case SaveOutcome.Submitted:
                var timeliness = context!.Calendar.Evaluate(context.WeekEnding, result.Return.FirstSubmittedUtc, clock.UtcNow);
                TempData.Flash(l["Returns.SubmittedFlash", ReturnMessages.TimelinessLabel(l, timeliness)]);
                return Redirect(ReturnUrls.Of(context));
            case SaveOutcome.Invalid:
                foreach (var error in result.Errors)
                    ModelState.AddModelError(error.Field, ReturnMessages.Message(l, error));
                return await PageAsync(context!, result.Return, form.Version, StatusCodes.Status200OK,
                    refusal: form.IsSubmit ? l["Returns.NotSubmitted"] : l["Returns.NotSaved"], view: view);
            case SaveOutcome.Locked:
                return await PageAsync(context!, result.Return, context!.Stored!.Version, StatusCodes.Status409Conflict,
                    refusal: l["Returns.Locked", ReturnMessages.StatusLabel(l, context.Status)]);
            case SaveOutcome.Conflict:
                return await PageAsync(context!, result.Return, form.Version, StatusCodes.Status409Conflict, conflict: true);
            default:
                return await PageAsync(context!, result.Return, form.Version, StatusCodes.Status409Conflict,
                    refusal: ReturnMessages.Workflow(l, result.Errors[0]));
        }
    }

    [HttpPost("{subDistrictId:long}/{weekEnding}/accept")]
    public Task<IActionResult> Accept(long subDistrictId, string weekEnding, [FromForm] ReviewForm form) =>
        ReviewAsync(subDistrictId, weekEnding, ReturnAction.Accept, form, "Returns.AcceptedFlash");

    [HttpPost("{subDistrictId:long}/{weekEnding}/send-back")]
    [RequestFormLimits(ValueCountLimit = FormValueLimit)]
    public Task<IActionResult> SendBack(long subDistrictId, string weekEnding, [FromForm] ReviewForm form) =>
        ReviewAsync(subDistrictId, weekEnding, ReturnAction.SendBack, form, "Returns.SentBackFlash");

    [HttpPost("{subDistrictId:long}/{weekEnding}/reopen")]
    public Task<IActionResult> Reopen(long subDistrictId, string weekEnding, [FromForm] ReviewForm form) =>
        ReviewAsync(subDistrictId, weekEnding, ReturnAction.Reopen, form, "Returns.ReopenedFlash");

    private async Task<IActionResult> ReviewAsync(long subDistrictId, string weekEnding, ReturnAction action, ReviewForm form, string flash)
    {
        var (context, refused) = await WriteAsync(subDistrictId, weekEnding, Permissions.CanReviewReturns);
        if (refused is not null)
            return refused;
        var result = await workflow.ReviewAsync(context!, action, form, Actor());
        var shown = ReturnWorkflowService.Working(context!);
        var version = context!.Stored?.Version ?? 0;
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                TempData.Flash(l[flash]);
                return Redirect(ReturnUrls.Of(context));
            case SaveOutcome.Conflict:
                return await PageAsync(context, shown, version, StatusCodes.Status409Conflict, conflict: true);
            default:
                // A missing reason is the reviewer's to add; any other refusal is the wrong moment for this step.
                var error = result.Errors[0];
                var reasonMissing = error.Code == ReturnWorkflow.ReasonRequired || result.Outcome == SaveOutcome.Invalid;
                return await PageAsync(context, shown, version,
                    reasonMissing ? StatusCodes.Status200OK : StatusCodes.Status409Conflict,
                    refusal: result.Outcome == SaveOutcome.Invalid ? ReturnMessages.Message(l, error) : ReturnMessages.Workflow(l, error));
        }
    }

    /// <summary>Scope and role before anything else (403), then the week itself (404).</summary>
    private async Task<(ReturnContext? Context, IActionResult? Refused)> WriteAsync(
        long subDistrictId, string weekEnding, Func<Role, bool> permission)
    {
        var node = await nodes.GetByIdAsync(subDistrictId);
        if (this.Refusal(guard.ToWrite(node?.Path, permission)) is { } refused)
            return (null, refused);
        if (ParseWeek(weekEnding) is not { } week || await service.LoadAsync(node!, week) is not { } context)
            return (null, NotFound());
        return (context, null);
    }

    /// <summary>
    /// 校验: the submission's rules on what is typed, the same the submit applies, without saving or submitting. The page
    /// comes back as typed, with the errors at the top (linked to their rows) and in the rows, or a note that it passes.
    /// </summary>
    private async Task<IActionResult> ValidateAsync(ReturnContext context, ReturnForm form, ReturnRows.View view)
    {
        var check = ReturnWorkflowService.Check(context, form);
        foreach (var error in check.Errors)
            ModelState.AddModelError(error.Field, ReturnMessages.Message(l, error));
        return await PageAsync(context, check.Return, form.Version, StatusCodes.Status200OK, view: view,
            note: check.Errors.Count == 0 ? l["Returns.Validated"] : l["Returns.ValidationFailed", check.Errors.Count]);
    }

    private static string ReturnUrl(ReturnContext context, ReturnRows.View view, long? at)
    {
        var anchor = at is { } id && context.Estates.Any(e => e.EstateId == id)
            ? string.Create(CultureInfo.InvariantCulture, $"#r{id}")
            : "#rows";
        return ReturnUrls.Of(context) + view.Query() + anchor;
    }

    private async Task<IActionResult> PageAsync(ReturnContext context, WeeklyReturn shown, long version, int status,
        bool conflict = false, string? refusal = null, ReturnRows.View view = default, string? note = null)
    {
        Response.StatusCode = status;
        return View("Return", await ModelAsync(context, shown, version, null, null, conflict, refusal, view, note));
    }

    private async Task<ReturnPageModel> ModelAsync(ReturnContext context, WeeklyReturn shown, long version, string? figure,
        long? snapshotId, bool conflict = false, string? refusal = null, ReturnRows.View view = default, string? note = null)
    {
        var stored = context.Stored;
        var trail = stored is null ? [] : await audit.ListForEntityAsync(ReturnAudit.EntityType, stored.Id, AuditLimit);
        var snapshots = stored is null ? [] : await returns.ListSnapshotsAsync(stored.Id);
        var communities = context.Estates.ToDictionary(e => e.EstateId, e => e.CommunityName);
        // The tiles count what is saved, never what was just typed or refused (a refused strike-off is not covered).
        var saved = ReturnWorkflowService.Working(context);
        var figures = ReturnFigures.Compute(saved);
        var figureSnapshot = snapshotId is { } sid ? snapshots.FirstOrDefault(s => s.Id == sid) : null;
        var figureIds = figureSnapshot is not null && figure == FigureNames.Covered
            ? figureSnapshot.CoveredEstateIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList()
            : FigureNames.Pick(figures, figure)?.EstateIds.ToList();
        var rows = saved.Rows.ToDictionary(r => r.EstateId);
        var share = await ShareAsync(context);
        var canEdit = context.IsEditable && (share.Community is not null
            ? share.Part?.State != CommunityPartState.Done
            : Permissions.CanSubmitReturns(me.Role) && guard.Contains(context.SubDistrict.Path));
        var sendBack = SendBackTrail.From(trail);
        return new ReturnPageModel
        {
            Rows = ReturnRows.Build(context, share.RowsOf(shown), communities, sendBack, canEdit, view.Filter, view.Search, ErrorRows()),
            Share = share,
            Note = note,
            Context = context,
            Return = shown,
            FormVersion = version,
            CanEdit = canEdit,
            CanReview = stored is not null && Permissions.CanReviewReturns(me.Role) && guard.Contains(context.SubDistrict.Path),
            Figures = figures,
            Snapshots = snapshots,
            Audit = trail,
            Trail = sendBack,
            Communities = communities,
            Figure = figureIds is null ? null : figure,
            FigureSnapshot = figureSnapshot,
            FigureEstates = figureIds?.Select(id => rows.GetValueOrDefault(id) is { } r
                    ? new FigureEstate(id, r.EstateName, communities.GetValueOrDefault(id, ""), r.Households)
                    : new FigureEstate(id, id.ToString(CultureInfo.InvariantCulture), "", 0))
                .ToList() ?? [],
            Conflict = conflict,
            Refusal = refusal,
        };
    }

    /// <summary>The estates whose rows carry an error: always shown, whatever the filter.</summary>
    private HashSet<long> ErrorRows() =>
        ModelState.Where(e => e.Value?.Errors.Count > 0)
            .Select(e => ReturnRows.EstateIdOf(e.Key))
            .OfType<long>()
            .ToHashSet();

    private ReturnActor Actor() => new(me.Change(), me.Role, me.DisplayName);

    private static DateOnly? ParseWeek(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week)
        && week.DayOfWeek == DayOfWeek.Friday
            ? week
            : null;
}
