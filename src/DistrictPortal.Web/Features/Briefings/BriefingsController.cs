using System.Globalization;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Briefings;

/// <summary>
/// GET /briefings/{nodeId}.pdf?week=yyyy-MM-dd: the weekly briefing of any node in the user's scope (district,
/// sub-district, community, estate), rendered now from the week's snapshots. Outside the scope, unknown, or a week
/// that is not a Friday: 404. Without a week, the latest week with an accepted snapshot.
/// </summary>
[Route("briefings")]
public sealed class BriefingsController(
    BriefingAssembler assembler, IWeeklyReturnRepository returns, ScopeGuard guard, PortalClock clock) : Controller
{
    public const string PdfType = "application/pdf";

    [HttpGet("{nodeId:long}.pdf")]
    public async Task<IActionResult> Pdf(long nodeId, string? week)
    {
        var node = await guard.ReadableNodeAsync(nodeId);
        if (node is null)
            return NotFound();
        var weekEnding = week is null ? await LatestWeekAsync(SnapshotPath(node)) : ParseWeek(week);
        if (weekEnding is not { } w || await assembler.AssembleAsync(node, w) is not { } data)
            return NotFound();
        return File(BriefingRenderer.Render(data), PdfType, ExportFileName.For(node.Name, "工作简报", w, ".pdf"));
    }

    private async Task<DateOnly> LatestWeekAsync(string path)
    {
        var current = CampaignDirectory.WeekEndingAt(clock.UtcNow);
        var recent = await returns.ListCurrentSnapshotsAsync(path, current.AddDays(-7 * BriefingAssembler.TrendWeeks), current);
        return recent.Count > 0 ? recent.Max(s => s.WeekEnding) : current;
    }

    /// <summary>Snapshots are kept per sub-district: below one, look at its sub-district's (the path's first three ids, city/district/sub-district).</summary>
    private static string SnapshotPath(Core.Hierarchy.Node node) =>
        node.Level <= Core.Hierarchy.NodeLevel.SubDistrict
            ? node.Path
            : "/" + string.Join('/', node.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take((int)Core.Hierarchy.NodeLevel.SubDistrict)) + "/";

    internal static DateOnly? ParseWeek(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        && d.DayOfWeek == DayOfWeek.Friday ? d : null;
}
