using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.Briefings;

/// <summary>
/// Gathers the week's briefing (工作简报) of one node from what the portal stores: the accepted snapshots of the week
/// (frozen figures, so the briefing can be reproduced and names its snapshot), the trend of past snapshots, the
/// on-time rate of the last 13 weeks, overdue returns and open supervision orders. A district sums its
/// sub-districts' snapshots (Core's rule: % cleared recomputed from the sums); a community or an estate takes the
/// rows of its sub-district's accepted return that belong to it.
/// The league position, committees, retrofit and funding come from those features' own rules (BriefingSections,
/// BriefingCommittees), as of the day the PDF is made where the feature keeps no weekly snapshot.
/// </summary>
public sealed class BriefingAssembler(
    BriefingSections sections,
    IWeeklyReturnRepository returns,
    IEstateRepository estates,
    INodeRepository nodes,
    ISupervisionOrderRepository orders,
    ICommitteeRepository committees,
    CampaignDirectory directory,
    PortalClock clock,
    INodeResponsibleRepository responsibles,
    Plans.BriefingPlans plans,
    Packages.BriefingPackages packages)
{
    /// <summary>How far back the trend chart reaches.</summary>
    public const int TrendWeeks = 26;

    /// <summary>The briefing of <paramref name="node"/> for the week ending <paramref name="week"/>; null when the node is under no campaign.</summary>
    public async Task<BriefingData?> AssembleAsync(Node node, DateOnly week)
    {
        var lineage = await nodes.GetLineageAsync(node.Id);
        var district = lineage.FirstOrDefault(n => n.Level == NodeLevel.District) ?? (node.Level == NodeLevel.District ? node : null);
        var subDistrict = node.Level == NodeLevel.SubDistrict ? node : lineage.FirstOrDefault(n => n.Level == NodeLevel.SubDistrict);
        if (district is null)
            return null;
        var from = week.AddDays(-7 * (TrendWeeks - 1));
        if (await directory.ForDistrictAsync(district, from, week) is not { } campaign)
            return null;
        from = Max(from, campaign.FirstWeekEnding);

        // Snapshots are kept per sub-district: a district reads all of its own, anything below reads its sub-district's.
        var snapshotScope = node.Level == NodeLevel.District ? district.Path : subDistrict!.Path;
        var snapshots = await returns.ListCurrentSnapshotsAsync(snapshotScope, from, week);
        var thisWeek = snapshots.Where(s => s.WeekEnding == week).ToList();
        var onTime = await OnTimeRateAsync(campaign, snapshotScope, week);

        BriefingHeadline headline;
        IReadOnlyList<TrendPoint> trend;
        if (node.Level is NodeLevel.District or NodeLevel.SubDistrict)
        {
            headline = BriefingHeadline.Sum(thisWeek, onTime);
            trend = Trend(snapshots);
        }
        else
        {
            var inNode = await EstateIdsAsync(node);
            headline = await RowsHeadlineAsync(thisWeek.SingleOrDefault(), inNode, week, onTime);
            trend = await RowsTrendAsync(snapshots, inNode);
        }

        var committeePart = BriefingCommittees.From(await committees.ListTracksAsync(node.Path), node.Id, node.Name, DateOnly.FromDateTime(clock.LocalNow.DateTime));
        var extras = await sections.BuildAsync(node, district, subDistrict, week);

        return new BriefingData
        {
            NodeName = node.Name,
            Level = node.Level,
            WeekEnding = week,
            SnapshotId = SnapshotId(week, thisWeek),
            IssueNumber = BriefingData.IssueOf(week, campaign.FirstWeekEnding),
            GeneratedAt = clock.LocalNow,
            Headline = headline,
            Responsible = await responsibles.GetAsync(node.Id) is { } person ? ResponsibleService.Line(person) : null,
            NodeTrend = trend,
            DistrictTrend = node.Level == NodeLevel.District ? [] : Trend(await returns.ListCurrentSnapshotsAsync(district.Path, from, week)),
            TargetDate = campaign.Campaign.TargetDate,
            Narrative = [.. Narrative(node, week, thisWeek), .. extras.Notes,
                .. await packages.SectionsAsync(node, DateOnly.FromDateTime(clock.LocalNow.DateTime))],
            OverdueItems = BriefingTables.Overdue((await OverdueAsync(snapshotScope, campaign, week)).Concat(committeePart.Overdue)
                .Concat(await plans.OverdueAsync(campaign, node, subDistrict))),
            // League, retrofit and funding from BriefingSections; committees of the node's own scope (as /committees shows it).
            League = extras.League,
            LeagueStandings = extras.Standings,
            LeagueChartNote = extras.LeagueChartNote,
            RetrofitProgress = extras.Retrofit,
            FundingBalance = extras.Funding,
            Committees = committeePart.Table,
        };
    }

    /// <summary>"S-2026-11-27-0042": the week and the newest snapshot counted; a restatement gives a new identifier.</summary>
    public static string SnapshotId(DateOnly week, IReadOnlyCollection<ReturnSnapshot> snapshots) =>
        snapshots.Count == 0
            ? $"S-{Iso(week)}-无"
            : string.Create(CultureInfo.InvariantCulture, $"S-{Iso(week)}-{snapshots.Max(s => s.Id):0000}");

    private static IReadOnlyList<TrendPoint> Trend(IReadOnlyList<ReturnSnapshot> snapshots) =>
        snapshots.GroupBy(s => s.WeekEnding).OrderBy(g => g.Key)
            .Select(g => new TrendPoint(g.Key, ReturnFigures.Percent(g.Sum(s => s.Covered), g.Sum(s => s.Baseline))))
            .ToList();

    private async Task<HashSet<long>> EstateIdsAsync(Node node)
    {
        if (node.Level == NodeLevel.Estate)
            return [node.Id];
        var ids = new HashSet<long>();
        var query = new EstateQuery { ScopePath = node.Path, IncludeRetired = true, PageSize = 1000 };
        for (var page = 1; ; page++)
        {
            var result = await estates.SearchAsync(query with { Page = page });
            ids.UnionWith(result.Items.Select(e => e.Id));
            if (!result.HasNext)
                return ids;
        }
    }

    // A community's or an estate's figures: the accepted return's rows for its estates, by Core's rules.
    private async Task<BriefingHeadline> RowsHeadlineAsync(ReturnSnapshot? snapshot, IReadOnlySet<long> inNode, DateOnly week, decimal? onTime)
    {
        var rows = snapshot is null ? [] : await RowsAsync(snapshot, inNode);
        var f = ReturnFigures.Compute(rows, week);
        return new BriefingHeadline((int)f.Baseline.Value, (int)f.Covered.Value, (int)f.Remaining.Value, f.PercentCleared,
            (int)f.NewlyCovered.Value, (int)f.CommitteesFormed.Value, f.HouseholdsCovered.Value, onTime);
    }

    private async Task<IReadOnlyList<TrendPoint>> RowsTrendAsync(IReadOnlyList<ReturnSnapshot> snapshots, IReadOnlySet<long> inNode)
    {
        var points = new List<TrendPoint>();
        foreach (var snapshot in snapshots.OrderBy(s => s.WeekEnding))
        {
            var rows = await RowsAsync(snapshot, inNode);
            points.Add(new TrendPoint(snapshot.WeekEnding, ReturnFigures.Percent(rows.Count(r => r.IsStruckOff), rows.Count)));
        }
        return points;
    }

    private async Task<List<ReturnRow>> RowsAsync(ReturnSnapshot snapshot, IReadOnlySet<long> inNode) =>
        (await returns.GetByIdAsync(snapshot.WeeklyReturnId))?.Rows.Where(r => inNode.Contains(r.EstateId)).ToList() ?? [];

    /// <summary>Core's 13-week on-time rate; for a district, pooled over its sub-districts (on-time weeks ÷ due weeks).</summary>
    private async Task<decimal?> OnTimeRateAsync(CampaignContext campaign, string scopePath, DateOnly week)
    {
        var from = Max(week.AddDays(-7 * (OnTimeRate.DefaultWeeks - 1)), campaign.FirstWeekEnding);
        var filed = (await returns.ListAsync(scopePath, from, week)).ToLookup(s => s.SubDistrictId);
        var now = clock.UtcNow;
        var subDistricts = campaign.SubDistricts.Where(s => Scope.Contains(scopePath, s.Path)).ToList();
        int due = 0, onTime = 0;
        foreach (var sub in subDistricts)
        {
            var byWeek = filed[sub.Id].ToDictionary(s => s.WeekEnding, s => campaign.Calendar.Evaluate(s.WeekEnding, s.FirstSubmittedUtc, now));
            for (var w = from; w <= week; w = w.AddDays(7))
            {
                var t = byWeek.TryGetValue(w, out var known) ? known : campaign.Calendar.Evaluate(w, null, now);
                if (t == Timeliness.NotYetDue)
                    continue;
                due++;
                if (t == Timeliness.OnTime)
                    onTime++;
            }
        }
        return subDistricts.Count == 1
            ? OnTimeRate.Compute(filed[subDistricts[0].Id].ToDictionary(s => s.WeekEnding, s => campaign.Calendar.Evaluate(s.WeekEnding, s.FirstSubmittedUtc, now)),
                week, campaign.FirstWeekEnding)
            : ReturnFigures.Percent(onTime, due);
    }

    /// <summary>Open supervision orders, and returns past their deadline with nothing submitted that no order covers yet.</summary>
    private async Task<IReadOnlyList<OverdueItem>> OverdueAsync(string scopePath, CampaignContext campaign, DateOnly week)
    {
        var today = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        var open = (await orders.ListAsync(scopePath, openOnly: true)).Where(o => o.WeekEnding <= week).ToList();
        var items = open.Select(o => OverdueItem.From(o, today)).ToList();
        var ordered = open.Select(o => (o.SubDistrictId, o.WeekEnding)).ToHashSet();
        var from = Max(week.AddDays(-7 * (OnTimeRate.DefaultWeeks - 1)), campaign.FirstWeekEnding);
        foreach (var missing in (await returns.ListAsync(scopePath, from, week))
                     .Where(s => s.FirstSubmittedUtc is null && s.MarkedOverdueUtc is not null && !ordered.Contains((s.SubDistrictId, s.WeekEnding))))
        {
            items.Add(new OverdueItem(missing.SubDistrictName, $"{Iso(missing.WeekEnding)} 周报逾期未报", missing.WeekEnding,
                Math.Max(0, today.DayNumber - missing.WeekEnding.DayNumber), missing.SubDistrictName));
        }
        return items;
    }

    private static IReadOnlyList<BriefingSection> Narrative(Node node, DateOnly week, IReadOnlyCollection<ReturnSnapshot> thisWeek)
    {
        if (thisWeek.Count > 0)
            return [];
        // Nothing accepted for the week: say so rather than print zeros as if they were figures.
        return [new BriefingSection("说明", $"{node.Name}截至{Iso(week)}（周五）的周报尚未审核通过，本简报的总体情况暂无数据快照；请以审核通过后的简报为准。")];
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
