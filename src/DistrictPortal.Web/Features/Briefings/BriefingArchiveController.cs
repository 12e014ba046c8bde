using DistrictPortal.Core.Briefings;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Briefings;

public sealed record BriefingWeek(DateOnly WeekEnding, IReadOnlyList<ArchivedBriefing> Briefings);

public sealed class BriefingArchiveModel
{
    public required IReadOnlyList<BriefingWeek> Weeks { get; init; }
    public required long ScopeNodeId { get; init; }
    public required string ScopeName { get; init; }

    /// <summary>Briefings a newer copy of the same node and week replaced (archived again after an acceptance or a restatement).</summary>
    public IReadOnlySet<long> Superseded { get; init; } = new HashSet<long>();

    public static IReadOnlySet<long> SupersededOf(IEnumerable<ArchivedBriefing> all) =>
        all.GroupBy(b => (b.NodeId, b.WeekEnding)).SelectMany(g => g.OrderByDescending(b => b.Id).Skip(1)).Select(b => b.Id).ToHashSet();
}

/// <summary>
/// GET /briefings: the weekly packs of the user's scope, newest week first, each briefing a download. A committee
/// member of 牌楼街道 sees 牌楼街道's briefings and not the district's; an archived briefing outside the scope is 404.
/// </summary>
[Route("briefings")]
public sealed class BriefingArchiveController(IBriefingArchiveRepository archive, CurrentUser me, ScopeGuard guard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var all = await archive.ListAsync(me.ScopePath);
        return View("Index", new BriefingArchiveModel
        {
            Weeks = all.GroupBy(b => b.WeekEnding).OrderByDescending(g => g.Key).Select(g => new BriefingWeek(g.Key, g.ToList())).ToList(),
            ScopeNodeId = me.ScopeNodeId,
            ScopeName = me.ScopeName,
            Superseded = BriefingArchiveModel.SupersededOf(all),
        });
    }

    [HttpGet("archive/{id:long}.pdf")]
    public async Task<IActionResult> Download(long id)
    {
        var briefing = await archive.GetByIdAsync(id);
        if (briefing is null || !guard.Contains(briefing.NodePath))
            return NotFound();
        return File(briefing.Pdf, BriefingsController.PdfType, ExportFileName.For(briefing.NodeName, "工作简报", briefing.WeekEnding, ".pdf"));
    }
}
