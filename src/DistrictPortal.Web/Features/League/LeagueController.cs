using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Features.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// 周排名: the league of a district's sub-districts for a week (default the last closed week), a sub-district's own
/// communities, the estates behind every figure, "why this rank", the trend and the Excel export. Every figure is
/// frozen (snapshots of accepted returns). Drill-down stays inside the user's scope; outside it is 404.
/// </summary>
[Route("league")]
public sealed class LeagueController(
    LeagueBuilder builder,
    LeagueAccess access,
    ILeagueRepository league,
    LeagueTrendSource trends,
    INodeRepository nodes,
    Core.Campaigns.ICampaignRepository campaigns,
    PortalClock clock,
    ChartCache charts,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const int DefaultTrendWeeks = 13;
    public const int MaxTrendWeeks = 104;

    [HttpGet("")]
    [OutputCache(PolicyName = LeaguePagePolicy.Name)]
    public async Task<IActionResult> Index(string? week, long? district, int? page, bool all = false)
    {
        if (await TableAsync(week, district) is not { } table)
            return NotFound();
        var lines = table.Lines.Where(x => Shows(table, x)).ToList();
        // A user below the district (an officer) has its own line; the page that holds it comes first.
        var own = access.CanDrill(table.District.Path) ? -1 : lines.FindIndex(x => access.CanOpen(PathOf(table, x)));
        var paging = LeaguePaging.For(lines.Count, page, all, own >= 0 ? own : null);
        return View(new LeagueIndexModel
        {
            Table = table,
            Lines = paging.Slice(lines),
            Paging = paging,
            Districts = await access.DistrictsAsync(),
            CanDrill = id => access.CanDrill(LeagueAccess.ChildPath(table.District.Path, id)),
            CanOpen = id => access.CanOpen(LeagueAccess.ChildPath(table.District.Path, id)),
            RenderKey = string.Create(CultureInfo.InvariantCulture, $"{access.ViewKey(table)}|{paging.Page}|{paging.All}"),
            KeepRows = table.Week == LeagueAccess.DefaultWeek(clock.UtcNow),
        });
    }

    /// <summary>
    /// The table's chart, the lines the user is shown. An image of its own rather than inline: at city scale it is
    /// 126 KB that the browser then keeps for a minute instead of taking it again with every page.
    /// </summary>
    [HttpGet("chart.svg")]
    public async Task<IActionResult> Chart(string? week, long? district)
    {
        if (await TableAsync(week, district) is not { } table)
            return NotFound();
        var svg = charts.League(LeagueBar.From(table.Lines.Where(x => Shows(table, x)).Select(x => x.Row)), l["League.ChartTitle"]);
        Response.Headers.CacheControl = "private, max-age=60";
        // Opened on its own, the SVG still runs nothing: names are text, and this forbids scripts outright.
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return Content(svg, "image/svg+xml; charset=utf-8");
    }

    [HttpGet("{subDistrictId:long}")]
    public async Task<IActionResult> SubDistrict(long subDistrictId, string? week)
    {
        if (await OpenAsync(subDistrictId, week) is not var (node, table, line))
            return NotFound();
        var previous = (await league.ReadStandingsAsync(node.Path, table.PreviousWeek, table.PreviousWeek)).FirstOrDefault();
        var communities = await builder.BuildCommunitiesAsync(line, previous);
        return View(new CommunityLeagueModel
        {
            SubDistrict = node,
            District = table,
            Table = communities,
            Drillable = communities.Lines.Where(c => access.CanDrill(LeagueAccess.ChildPath(node.Path, c.CommunityId))).Select(c => c.CommunityId).ToHashSet(),
        });
    }

    /// <summary>The estates behind one figure of a sub-district (or of one of its communities) for the week.</summary>
    [HttpGet("{subDistrictId:long}/estates")]
    public async Task<IActionResult> Estates(long subDistrictId, string? week, string? figure, long? community)
    {
        if (!LeagueFigures.Drillable.Contains(figure ?? "") || await OpenAsync(subDistrictId, week) is not var (node, table, line))
            return NotFound();
        var rows = line.Standing.WeeklyReturnId is { } id ? await league.ReadEstatesAsync(id) : [];
        if (community is { } c)
        {
            rows = rows.Where(r => r.CommunityId == c).ToList();
            if (rows.Count == 0)
                return NotFound();
        }
        var weekOf = line.Standing.SnapshotWeekEnding ?? table.Week;
        var figures = ReturnFigures.Compute(rows.Select(LeagueBuilder.AsReturnRow).ToList(), weekOf);
        // A week carried forward has nothing newly cleared, as in the table.
        var ids = figure == FigureNames.NewlyCovered && line.Standing.IsCarriedForward ? [] : FigureNames.Pick(figures, figure)!.EstateIds.ToHashSet();
        var behind = rows.Where(r => ids.Contains(r.EstateId)).ToList();
        var visible = behind.Where(r => access.CanDrill(LeagueAccess.ChildPath(node.Path, r.CommunityId))).ToList();
        if (visible.Count == 0 && behind.Count > 0)
            return NotFound();
        return View(new LeagueEstatesModel
        {
            SubDistrict = node,
            Week = table.Week,
            Standing = line.Standing,
            Figure = figure!,
            CommunityId = community,
            CommunityName = community is null ? null : rows[0].CommunityName,
            Estates = visible.Select(r => new DrillEstate(r.EstateId, r.EstateName, r.CommunityName, r.Households, r.IsStruckOff, r.StruckOffDate)).ToList(),
            Hidden = behind.Count - visible.Count,
        });
    }

    /// <summary>Why a sub-district stands where it does: each component against the median and the leader (published figures only).</summary>
    [HttpGet("why/{subDistrictId:long}")]
    public async Task<IActionResult> Why(long subDistrictId, string? week, long? district)
    {
        if (await TableAsync(week, district) is not { } table || table.Lines.FirstOrDefault(x => x.Id == subDistrictId) is not { } line || !Shows(table, line))
            return NotFound();
        var ranked = table.Ranked.ToList();
        return View(new LeagueWhyModel
        {
            Table = table,
            Line = line,
            Explanation = LeagueTable.Explain(table.Rows, subDistrictId),
            Leader = ranked.FirstOrDefault(),
            RankedCount = ranked.Count,
            Shown = LeagueShown.Compare(table, line, ranked.FirstOrDefault()),
        });
    }

    [HttpGet("trend")]
    [OutputCache(PolicyName = LeaguePagePolicy.Name)]
    public async Task<IActionResult> Trend(string? week, long? district, long? subDistrict, int? weeks)
    {
        var now = clock.UtcNow;
        if (LeagueAccess.ParseWeek(week, now) is not { } last || await access.DistrictAsync(district) is not { } node)
            return NotFound();
        var count = Math.Clamp(weeks ?? DefaultTrendWeeks, 2, MaxTrendWeeks);
        var columns = Enumerable.Range(0, count).Select(i => last.AddDays(-7 * (count - 1 - i))).ToList();
        var (series, districtLine) = await trends.BuildAsync(node, columns);
        var subDistricts = await nodes.ListByLevelAsync(node.Path, NodeLevel.SubDistrict);
        var paths = subDistricts.ToDictionary(s => s.Id, s => s.Path);
        series = series.Where(s => paths.TryGetValue(s.SubDistrictId, out var p) && access.Shows(p)).ToList();
        // The view is the district's (全区) unless a sub-district is asked for; the reader's own sub-district, if it has
        // one, is the highlighted line against the district's.
        var selected = subDistrict is { } asked ? series.FirstOrDefault(s => s.SubDistrictId == asked) : null;
        if (subDistrict is not null && selected is null)
            return NotFound();
        var own = series.FirstOrDefault(s => access.CanOpen(paths[s.SubDistrictId]) && !access.CanDrill(node.Path));
        var target = await campaigns.GetForNodeAsync(node.Path) is { } c && c.DistrictId == node.Id ? c.TargetDate : null;
        var chart = charts.Trend(LeagueTrendChart.Data(node.Name, columns, districtLine, selected ?? own, target, heading: selected?.Name ?? node.Name));
        return View(new LeagueTrendModel
        {
            District = node,
            Weeks = columns,
            SubDistricts = series,
            DistrictLine = districtLine,
            TargetDate = target,
            Selected = selected,
            Own = own,
            ChartSvg = chart,
            WeekCount = count,
        });
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export(string? week, long? district)
    {
        if (await TableAsync(week, district) is not { } table)
            return NotFound();
        var lines = table.Lines.Where(x => Shows(table, x)).ToList();
        var export = LeagueExport.For(table, lines, l, clock.Today);
        return File(LeagueExport.Workbook(table, lines, l, clock.Today), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.FileName);
    }

    private async Task<LeagueWeekTable?> TableAsync(string? week, long? district)
    {
        var now = clock.UtcNow;
        if (LeagueAccess.ParseWeek(week, now) is not { } w || await access.DistrictAsync(district) is not { } node)
            return null;
        return await builder.BuildAsync(node, w, now);
    }

    /// <summary>A sub-district's page and drill-down: it must be in a district the user reads and open to the user.</summary>
    private async Task<(Node Node, LeagueWeekTable Table, LeagueLine Line)?> OpenAsync(long subDistrictId, string? week)
    {
        var node = await nodes.GetByIdAsync(subDistrictId);
        if (node is not { Level: NodeLevel.SubDistrict } || !access.CanOpen(node.Path) || node.ParentId is not { } parent)
            return null;
        if (await TableAsync(week, parent) is not { } table || table.Lines.FirstOrDefault(x => x.Id == subDistrictId) is not { } line)
            return null;
        return (node, table, line);
    }

    private bool Shows(LeagueWeekTable table, LeagueLine line) => access.Shows(PathOf(table, line));

    private static string PathOf(LeagueWeekTable table, LeagueLine line) => LeagueAccess.ChildPath(table.District.Path, line.Id);
}
