using System.Globalization;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Documents.Pdf;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Features.League;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Features.Briefings;

/// <summary>What the league, retrofit and funding features give a briefing; each part empty when it has nothing to say.</summary>
public sealed record BriefingExtras(
    LeaguePosition? League,
    IReadOnlyList<LeagueBar> Standings,
    IReadOnlyList<BriefingSection> Notes,
    ReportTable? Retrofit,
    ReportTable? Funding)
{
    /// <summary>Who the league chart shows ("图示小型街道组全部4个街道，橙色为牌楼街道。").</summary>
    public string? LeagueChartNote { get; init; }
}

/// <summary>
/// The briefing's sections other features own, built by those features' own rules so the briefing prints what
/// their pages show: the league of the week from <see cref="LeagueBuilder"/> (never ranked again here), the area
/// progress from <see cref="RetrofitBoard"/> and the reconciliation from <see cref="FundingBoard"/>. A handful of
/// reads whatever the size of the node, so a long briefing stays cheap.
/// Retrofit and funding are live registers, not weekly snapshots: they are read as of generation for the week's year,
/// and the table says so (the weekly pack archives the PDF, which keeps the figures of its day).
/// </summary>
public sealed class BriefingSections(
    LeagueBuilder league,
    IRetrofitRepository retrofit,
    IFundingRepository funding,
    INodeRepository nodes,
    PortalClock clock,
    Core.LookBacks.ILookBackRepository lookBacks,
    Microsoft.Extensions.Options.IOptions<LookBacks.LookBackOptions> lookBackOptions,
    Inspections.BriefingStandards standards,
    Enterprises.BriefingContracts contracts)
{
    public async Task<BriefingExtras> BuildAsync(Node node, Node district, Node? subDistrict, DateOnly week)
    {
        var (position, standings, notes, chartNote) = await LeagueAsync(node, district, subDistrict, week);
        var children = node.Level < NodeLevel.Community ? await nodes.GetChildrenAsync(node.Id) : [];
        var projects = await retrofit.ListProjectsAsync(node.Path);
        notes = [.. notes, await LookBacksAsync(node), await contracts.SectionAsync(node)];
        if (await standards.NoteAsync(node) is { } standardsNote)
            notes = [.. notes, standardsNote];
        return new BriefingExtras(position, standings, notes,
            await RetrofitAsync(node, children, projects, week.Year),
            await FundingAsync(node, children, projects, week.Year))
        {
            LeagueChartNote = chartNote,
        };
    }

    /// <summary>
    /// The sub-district's rank, movement and peer band in its district's table for the week. The chart shows the whole
    /// peer group the band sentence speaks of, or the whole district when the band holds the sub-district alone (then no
    /// band sentence: "在同组1个街道中列第1位" tells a reader nothing), the reader's own bar highlighted. A briefing is
    /// a document the leading group circulates (P11: it publishes the rankings), so every reader of it, a committee member
    /// included, sees the group it is ranked in. A district's chart is its whole table. A community or an estate is not
    /// ranked among sub-districts: nothing.
    /// </summary>
    private async Task<(LeaguePosition?, IReadOnlyList<LeagueBar>, IReadOnlyList<BriefingSection>, string?)> LeagueAsync(
        Node node, Node district, Node? subDistrict, DateOnly week)
    {
        if (node.Level is not (NodeLevel.District or NodeLevel.SubDistrict))
            return (null, [], [], null);
        var table = await league.BuildAsync(district, week, clock.UtcNow);
        var rows = table.Rows;
        if (node.Level == NodeLevel.District)
            return (null, LeagueBar.From(rows), [], $"图示{district.Name}全部{rows.Count}个街道。");

        var position = LeaguePosition.From(rows, subDistrict!.Id);
        var own = rows.FirstOrDefault(r => r.Entry.SubDistrictId == subDistrict.Id);
        var peers = own is { Rank: not null, BandRank: not null }
            ? rows.Where(r => r.Band == own.Band && r.BandRank is not null).ToList()
            : [];
        if (peers.Count < 2)
            return (position, LeagueBar.From(rows, subDistrict.Id), [], $"图示{district.Name}全部{rows.Count}个街道，橙色为{node.Name}。");
        var band = BandText(own!.Band);
        IReadOnlyList<BriefingSection> notes = [new BriefingSection("排名说明", string.Create(CultureInfo.InvariantCulture,
            $"{node.Name}属{band}，在同组{peers.Count}个街道中列第{own.BandRank}位。"))];
        return (position, LeagueBar.From(peers, subDistrict.Id), notes, $"图示{band}全部{peers.Count}个街道，橙色为{node.Name}。");
    }

    private static string BandText(PeerBand band) => band switch
    {
        PeerBand.Small => $"小型街道组（清零基数{LeagueTable.SmallBandMax}个及以下）",
        PeerBand.Medium => $"中型街道组（清零基数{LeagueTable.SmallBandMax + 1}–{LeagueTable.MediumBandMax}个）",
        _ => $"大型街道组（清零基数{LeagueTable.MediumBandMax}个以上）",
    };

    /// <summary>The node's line first, then its children's, as the retrofit board computes them (the newest programme covering the year).</summary>
    private async Task<ReportTable?> RetrofitAsync(Node node, IReadOnlyList<Node> children, IReadOnlyList<RetrofitProject> projects, int year)
    {
        var programme = (await retrofit.ListProgrammesAsync()).LastOrDefault(p => p.Covers(year));
        var targets = new List<AreaTarget>();
        for (var y = programme?.FirstYear ?? year + 1; y <= year; y++)
            targets.AddRange(await retrofit.ListTargetsAsync(programme!.Id, y));
        var today = Today;
        var total = RetrofitBoard.Total(node, programme, targets, projects, year, today);
        if (total.Progress.TargetArea == 0 && total.Projects == 0)
            return null;
        var lines = RetrofitBoard.ByChild(node, children, programme, targets, projects, year, today);
        var table = BriefingTables.Retrofit([(total.Name, total.Progress), .. lines.Select(l => (l.Name, l.Progress))]);
        return table with { Note = $"{year}年，截至{Iso(today)}。{table.Note}" };
    }

    /// <summary>The node's reconciliation for the year, then its children's, from the funding feature's board.</summary>
    private async Task<ReportTable?> FundingAsync(Node node, IReadOnlyList<Node> children, IReadOnlyList<RetrofitProject> projects, int year)
    {
        var costs = await funding.ListCostsInScopeAsync(node.Path, year);
        var payments = await funding.ListPaymentsInScopeAsync(node.Path, year);
        if (costs.Count == 0 && payments.Count == 0)
            return null;
        var total = FundingBoard.Total(node, projects, costs, payments);
        var lines = FundingBoard.ByChild(children, projects, costs, payments);
        var table = BriefingTables.Funding([(total.Name, total.Reconciliation), .. lines.Select(l => (l.Name, l.Reconciliation))]);
        return table with { Note = $"{year}年度，截至{Iso(Today)}。{table.Note}" };
    }

    /// <summary>
    /// 回头看 of the node's scope as /lookbacks and the league count them (LookBackBoard): provisional strike-offs and
    /// relapses. Live, as of the day the PDF is made: look-backs are not frozen with the week's snapshot.
    /// </summary>
    private async Task<BriefingSection> LookBacksAsync(Node node)
    {
        var today = Today;
        var counts = Core.LookBacks.LookBackBoard.Total(await lookBacks.ListStruckOffInScopeAsync(node.Path),
            await lookBacks.ListInScopeAsync(node.Path), today, lookBackOptions.Value.Settings);
        return new BriefingSection("回头看", string.Create(CultureInfo.InvariantCulture,
            $"{BriefingFormat.Live(today)}：销号（待回头看）{BriefingFormat.Count(counts.Provisional)}个，返潮（回头看未通过、重新列入清零台账）{BriefingFormat.Count(counts.Relapses)}个。"));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
