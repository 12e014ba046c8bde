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
public sealed class ReturnsController(
    ReturnService service,
    ReturnWorkflowService workflow,
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
        View(await list.BuildAsync(me.ScopePath, request, clock.UtcNow, clock.ToLocal));

    /// <summary>A return by its id (as the estate registry's audit links it): redirects to its page.</summary>
    [HttpGet("{id:long}")]
    public async Task<IActionResult> ById(long id)
    {
        var weeklyReturn = await returns.GetByIdAsync(id);
        var node = weeklyReturn is null ? null : await guard.ReadableNodeAsync(weeklyReturn.SubDistrictId);
        return node is null ? NotFound() : Redirect(ReturnUrls.Of(node.Id, weeklyReturn!.WeekEnding));
    }

    [HttpGet("{subDistrictId:long}/{weekEnding}")]
    public async Task<IActionResult> Show(long subDistrictId, string weekEnding, string? figure, long? snapshot)
    {
        var node = await guard.ReadableNodeAsync(subDistrictId);
        if (node is null || ParseWeek(weekEnding) is not { } week || await service.LoadAsync(node, week) is not { } context)
            return NotFound();
        return View("Return", await ModelAsync(context, ReturnWorkflowService.Working(context), context.Stored?.Version ?? 0, figure, snapshot));
    }

    [HttpPost("{subDistrictId:long}/{weekEnding}")]
    [RequestFormLimits(ValueCountLimit = FormValueLimit)]
    public async Task<IActionResult> Save(long subDistrictId, string weekEnding, [FromForm] ReturnForm form)
    {
        var (context, refused) = await WriteAsync(subDistrictId, weekEnding, Permissions.CanSubmitReturns);
        if (refused is not null)
            return refused;
        if (!ModelState.IsValid)
        {
            // A value the binder could not read (a malformed date): show it, save nothing.
            var typed = ReturnWorkflowService.Working(context!);
            form.ApplyTo(typed);
            return await PageAsync(context!, typed, form.Version, StatusCodes.Status200OK);
        }
        var result = await workflow.SaveAsync(context!, form, form.IsSubmit, Actor());
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                TempData.Flash(l["Returns.DraftSaved"]);
                return Redirect(ReturnUrls.Of(context!));
            case SaveOutcome.NoChanges:
                TempData.Flash(l["Returns.NoChanges"]);
                return Redirect(ReturnUrls.Of(context!));
            case SaveOutcome.Submitted:
                var timeliness = context!.Calendar.Evaluate(context.WeekEnding, result.Return.FirstSubmittedUtc, clock.UtcNow);
                TempData.Flash(l["Returns.SubmittedFlash", ReturnMessages.TimelinessLabel(l, timeliness)]);
                return Redirect(ReturnUrls.Of(context));
            case SaveOutcome.Invalid:
                foreach (var error in result.Errors)
                    ModelState.AddModelError(error.Field, ReturnMessages.Message(l, error));
                return await PageAsync(context!, result.Return, form.Version, StatusCodes.Status200OK,
                    refusal: form.IsSubmit ? l["Returns.NotSubmitted"] : l["Returns.NotSaved"]);
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

    private async Task<IActionResult> PageAsync(ReturnContext context, WeeklyReturn shown, long version, int status,
        bool conflict = false, string? refusal = null)
    {
        Response.StatusCode = status;
        return View("Return", await ModelAsync(context, shown, version, null, null, conflict, refusal));
    }

    private async Task<ReturnPageModel> ModelAsync(ReturnContext context, WeeklyReturn shown, long version, string? figure,
        long? snapshotId, bool conflict = false, string? refusal = null)
    {
        var stored = context.Stored;
        var trail = stored is null ? [] : await audit.ListForEntityAsync(ReturnAudit.EntityType, stored.Id, AuditLimit);
        var snapshots = stored is null ? [] : await returns.ListSnapshotsAsync(stored.Id);
        var communities = context.Estates.ToDictionary(e => e.EstateId, e => e.CommunityName);
        var figures = ReturnFigures.Compute(shown);
        var figureSnapshot = snapshotId is { } sid ? snapshots.FirstOrDefault(s => s.Id == sid) : null;
        var figureIds = figureSnapshot is not null && figure == FigureNames.Covered
            ? figureSnapshot.CoveredEstateIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList()
            : FigureNames.Pick(figures, figure)?.EstateIds.ToList();
        var rows = shown.Rows.ToDictionary(r => r.EstateId);
        return new ReturnPageModel
        {
            Context = context,
            Return = shown,
            FormVersion = version,
            CanEdit = context.IsEditable && Permissions.CanSubmitReturns(me.Role) && guard.Contains(context.SubDistrict.Path),
            CanReview = stored is not null && Permissions.CanReviewReturns(me.Role) && guard.Contains(context.SubDistrict.Path),
            Figures = figures,
            Snapshots = snapshots,
            Audit = trail,
            Trail = SendBackTrail.From(trail),
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

    private ReturnActor Actor() => new(me.Change(), me.Role, me.DisplayName);

    private static DateOnly? ParseWeek(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week)
        && week.DayOfWeek == DayOfWeek.Friday
            ? week
            : null;
}
