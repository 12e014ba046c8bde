using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.League;

public sealed class DashboardModel
{
    public required LeagueWeekTable Table { get; init; }
    public int Remaining => Table.Lines.Sum(x => x.Standing.Remaining);
    public int Baseline => Table.Lines.Sum(x => x.Standing.Baseline);
    public int ClearedThisWeek => Table.Lines.Sum(x => x.Row.Entry.NewlyCleared);
    public int CommitteesFormed => Table.Lines.Sum(x => x.Standing.CommitteesFormed);
    /// <summary>On-time weeks ÷ due weeks over the last four, across the district's sub-districts.</summary>
    public decimal? OnTimeRate => ReturnFigures.Percent(Table.Lines.Sum(x => x.OnTimeWeeks4), Table.Lines.Sum(x => x.DueWeeks4));
    /// <summary>This year's accepted area against the district's target: /retrofit's total line for the district.</summary>
    public required Core.Retrofit.ProgressLine Retrofit { get; init; }
    /// <summary>This year's owed and paid per payer: /funding's total line for the district.</summary>
    public required Core.Funding.FundingLine Funding { get; init; }
    public required IReadOnlyList<LeagueLine> Top { get; init; }
    public required IReadOnlyList<LeagueLine> Bottom { get; init; }
    public required IReadOnlyList<(LeagueLine Line, DateOnly Week)> ReturnsOverdue { get; init; }
    public required IReadOnlyList<SupervisionOrder> OpenOrders { get; init; }
    public required string LeagueSvg { get; init; }
    public required string TrendSvg { get; init; }
}

/// <summary>
/// 工作台 of the bureau and the admin: the district's headline figures for the last closed week (all frozen), the
/// league's top and bottom five, what is overdue, and the two charts. Other roles are refused (403).
/// </summary>
[Route("dashboard")]
public sealed class DashboardController(
    LeagueBuilder builder,
    LeagueWiring wiring,
    LeagueAccess access,
    LeagueTrendSource trends,
    ISupervisionOrderRepository orders,
    CurrentUser me,
    PortalClock clock,
    ChartCache charts,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const int Five = 5;
    public const int TrendWeeks = 13;

    [HttpGet("")]
    [OutputCache(PolicyName = LeaguePagePolicy.Name)]
    public async Task<IActionResult> Index(string? week, long? district)
    {
        if (!LeagueAccess.CanSeeDashboard(me.Role))
            return Forbid();
        var now = clock.UtcNow;
        if (LeagueAccess.ParseWeek(week, now) is not { } w || await access.DistrictAsync(district) is not { } node)
            return NotFound();
        var table = await builder.BuildAsync(node, w, now);
        var ranked = table.Ranked.ToList();
        var weeks = Enumerable.Range(0, TrendWeeks).Select(i => w.AddDays(-7 * (TrendWeeks - 1 - i))).ToList();
        var districtLine = (await trends.BuildAsync(node, weeks)).District;
        var (retrofit, funding) = await wiring.DistrictAsync(node);
        return View("Dashboard", new DashboardModel
        {
            Table = table,
            Retrofit = retrofit,
            Funding = funding,
            Top = ranked.Take(Five).ToList(),
            Bottom = ranked.Count <= Five ? [] : ranked.Skip(Math.Max(Five, ranked.Count - Five)).ToList(),
            ReturnsOverdue = table.Lines.SelectMany(x => x.OverdueWeeks.Select(d => (x, d))).OrderByDescending(p => p.d).ThenBy(p => p.x.Name, StringComparer.Ordinal).ToList(),
            OpenOrders = await orders.ListAsync(node.Path, openOnly: true),
            LeagueSvg = charts.League(LeagueBar.From(table.Rows), l["League.ChartTitle"]),
            // The district's line (全区), as the trend page draws it by default; the dashboard's readers are district-wide.
            TrendSvg = charts.Trend(LeagueTrendChart.Data(node.Name, weeks, districtLine, null, table.TargetDate)),
        });
    }
}
