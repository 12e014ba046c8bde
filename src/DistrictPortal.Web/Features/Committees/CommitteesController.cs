using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Features.Estates;
using DistrictPortal.Web.Infrastructure.Caching;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Committees;

/// <summary>
/// 业主大会 / 业主委员会 (P8, P9): the overdue list and counts of the user's scope, and each estate's record with its
/// forms. Officers of the scope and the admin edit; the bureau and committee members read. An estate outside the
/// scope is 404 on every action, GET or POST, so ids cannot be probed.
/// </summary>
[Route("committees")]
public sealed partial class CommitteesController(
    ICommitteeRepository committees,
    ChangeStampedReads reads,
    CommitteeService service,
    IEstateRepository estates,
    DistrictPortal.Core.Hierarchy.INodeRepository nodes,
    IAuditRepository audit,
    CurrentUser me,
    ScopeGuard guard,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const int PageSize = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CommitteeListRequest request)
    {
        if (await OverviewAsync(request) is not var (overview, scope, scopeName))
            return NotFound();
        return View(new CommitteeListViewModel
        {
            Request = request,
            Overview = overview,
            Page = overview.Page(request.Page, PageSize),
            Communities = RegistryScope.SpansSubDistricts(scope) ? [] : overview.ByCommunity,
            SubDistricts = RegistryScope.SpansSubDistricts(me.ScopePath)
                ? await reads.GetAsync($"nodes.subDistricts|{me.ScopePath}", () => nodes.ListByLevelAsync(me.ScopePath, DistrictPortal.Core.Hierarchy.NodeLevel.SubDistrict))
                : [],
            ScopeName = scopeName,
        });
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export([FromQuery] CommitteeListRequest request)
    {
        if (await OverviewAsync(request) is not var (overview, _, scopeName))
            return NotFound();
        var bytes = CommitteeExport.ToBytes(overview, scopeName, request, l);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", CommitteeExport.FileName(scopeName, overview.Today));
    }

    [HttpGet("{estateId:long}")]
    public async Task<IActionResult> Detail(long estateId)
    {
        var (estate, refused) = await EstateAsync(estateId);
        if (refused is not null)
            return refused;
        var record = await committees.GetRecordAsync(estateId);
        var track = record.ToTrack(estate!.Name);
        var entries = new List<AuditEntry>(await audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, estateId));
        foreach (var committee in record.Committees)
            entries.AddRange(await audit.ListForEntityAsync(CommitteeAudit.CommitteeEntity, committee.Id));
        return View(new CommitteeDetailViewModel
        {
            Estate = estate,
            Record = record,
            Track = track,
            Alerts = CommitteeDeadlines.Alerts(track, Today).ToList(),
            Audit = entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToList(),
            CanEdit = Permissions.CanEditCommittees(me.Role),
            Today = Today,
        });
    }

    /// <summary>
    /// The board of the user's scope, or of the sub-district asked for (null when it is not one the user reads: 404),
    /// with that scope's path and name.
    /// </summary>
    private async Task<(CommitteeOverview Overview, string ScopePath, string ScopeName)?> OverviewAsync(CommitteeListRequest request)
    {
        var (scopePath, scopeId, scopeName) = (me.ScopePath, me.ScopeNodeId, me.ScopeName);
        if (request.SubDistrict is { } id)
        {
            if (await guard.ReadableNodeAsync(id) is not { Level: DistrictPortal.Core.Hierarchy.NodeLevel.SubDistrict } node)
                return null;
            (scopePath, scopeId, scopeName) = (node.Path, node.Id, node.Name);
        }
        // Every estate's track in the scope (50,000 at city scale): kept until the next change; deadlines are worked
        // out from it per request, with today's date.
        var tracks = await reads.GetAsync($"committees.tracks|{scopePath}", () => committees.ListTracksAsync(scopePath));
        // Classifying 50,000 tracks is the rest of the cost: kept too, for today's date and these filters.
        var today = Today;
        var overview = await reads.GetAsync(
            $"committees.overview|{scopePath}|{scopeName}|{today:yyyy-MM-dd}|{request.ValidKind}|{request.Community}|{request.ValidSort}|{request.Desc}",
            () => Task.FromResult(CommitteeOverview.Build(tracks, today, request, scopeId, scopeName)));
        return (overview, scopePath, scopeName);
    }

    /// <summary>The estate when it lies in the user's scope (else 404) and, for edits, the role may edit committees (else 403).</summary>
    private async Task<(Estate? Estate, IActionResult? Refused)> EstateAsync(long estateId, bool edit = false)
    {
        var estate = await estates.GetByIdAsync(estateId);
        var access = guard.ToRead(estate?.Path, edit ? Permissions.CanEditCommittees : null);
        return (estate, this.Refusal(access));
    }
}
