using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// Builds a district's league for a week from frozen snapshots (<see cref="ILeagueRepository"/>) and the returns'
/// first-submission times (for the on-time rates and the late badge), ranked by Core's <see cref="LeagueTable"/>.
/// No read of its own for a week: the campaign, its calendar, the standings and the submission times come from what the
/// cache keeps of the district (<see cref="LeagueDistrictFacts"/>), the live retrofit, committee, look-back, plan and
/// standards columns from <see cref="LeagueWiring"/> and its neighbours, each read once and shared by every week until
/// the next change (the live columns also a minute at most).
/// A sub-district whose week is not yet accepted keeps its last frozen % cleared with nothing newly cleared.
/// Tables are shared through <see cref="LeagueTableCache"/> until the next audited change or the next minute.
/// </summary>
public sealed class LeagueBuilder(
    ILeagueRepository league, ICampaignRepository campaigns, CampaignDirectory directory,
    LeagueWiring wiring, LeagueTableCache cache, IAuditRepository audit, Plans.LeaguePlanColumn planColumn,
    Inspections.LeagueStandardsColumn standardsColumn)
{
    public const int ShortWindow = 4;
    public const int LongWindow = OnTimeRate.DefaultWeeks;

    public Task<LeagueWeekTable> BuildAsync(Node district, DateOnly week, DateTime nowUtc) =>
        cache.GetAsync(district, week, nowUtc, audit, stamp => BuildFreshAsync(district, week, nowUtc, stamp));

    private async Task<LeagueWeekTable> BuildFreshAsync(Node district, DateOnly week, DateTime nowUtc, long stamp)
    {
        var previous = week.AddDays(-7);
        var from = previous.AddDays(-7 * (LongWindow - 1));
        var facts = await cache.GetHistoryAsync(district, stamp, () => ReadFactsAsync(district, nowUtc));
        var (history, campaign) = (facts.History, facts.Campaign);
        // A week older than every return the district has is outside the calendar kept: it reads its own.
        var calendar = from >= facts.CalendarFrom && week <= facts.CalendarTo ? facts.Calendar
            : await directory.CalendarAsync(campaign?.DeadlineRule ?? DeadlineRule.Default, from, week);
        var firstWeek = campaign is null ? week.AddDays(7) : ReportingCalendar.WeekEnding(campaign.StartDate);
        var standings = history.StandingsFor(week, previous);

        // Each sub-district's weeks [from, week] from the campaign's first, each judged once by the campaign's calendar (a
        // week with no return is due and missing once its deadline has passed): the 13 ending this week give its rates and
        // line, the 13 ending last week its rank then. One dictionary per sub-district, sized once: a city's table builds
        // 200 of them for every week asked, and garbage was what a profile of weeks nobody opened found next (issue 19).
        var judged = new Dictionary<long, Dictionary<DateOnly, Timeliness>>(standings.Count);
        Dictionary<DateOnly, Timeliness> Judged(long subDistrictId)
        {
            if (judged.TryGetValue(subDistrictId, out var byWeek))
                return byWeek;
            byWeek = new Dictionary<DateOnly, Timeliness>(LongWindow + 1);
            foreach (var s in history.SubmissionsOf(subDistrictId, from, week))
            {
                if (s.WeekEnding >= firstWeek)
                    byWeek[s.WeekEnding] = calendar.Evaluate(s.WeekEnding, s.FirstSubmittedUtc, nowUtc);
            }
            for (var w = week; w >= from && w >= firstWeek; w = w.AddDays(-7))
                byWeek.TryAdd(w, calendar.Evaluate(w, null, nowUtc));
            return judged[subDistrictId] = byWeek;
        }

        LeagueEntry Entry(LeagueStanding s, int? previousRank) => new(
            s.SubDistrictId, s.SubDistrictName, s.Baseline,
            s.HasSnapshot ? s.PercentCleared : null,
            s.IsCarriedForward ? 0 : s.NewlyCovered,
            OnTimeRate.Compute(Judged(s.SubDistrictId), s.AsOfWeek, firstWeek, LongWindow),
            previousRank);

        var before = LeagueTable.Rank(standings.Where(s => s.AsOfWeek == previous).Select(s => Entry(s, null)))
            .Where(r => r.Rank is not null).ToDictionary(r => r.Entry.SubDistrictId, r => r.Rank!.Value);
        var current = standings.Where(s => s.AsOfWeek == week).ToDictionary(s => s.SubDistrictId);
        var rows = LeagueTable.Rank(current.Values.Select(s => Entry(s, before.TryGetValue(s.SubDistrictId, out var r) ? r : null)));

        var lines = rows.Select(row =>
        {
            var standing = current[row.Entry.SubDistrictId];
            var byWeek = Judged(standing.SubDistrictId);
            var thisWeek = history.SubmissionsOf(standing.SubDistrictId, week, week) is { Count: > 0 } own ? own[^1] : null;
            var badges = LeagueBadges.None;
            if (byWeek.TryGetValue(week, out var t) && t is Timeliness.Late or Timeliness.Overdue)
                badges |= LeagueBadges.Late;
            if (thisWeek?.WasSentBack == true)
                badges |= LeagueBadges.SentBack;
            if (standing.HasSnapshot && standing.IsRestatement)
                badges |= LeagueBadges.Restated;
            if (!standing.HasSnapshot || standing.IsCarriedForward)
                badges |= LeagueBadges.CarriedForward;
            var recent = byWeek.Where(p => p.Key > week.AddDays(-7 * ShortWindow) && p.Value != Timeliness.NotYetDue).ToList();
            return new LeagueLine(row, standing,
                OnTimeRate.Compute(byWeek, week, firstWeek, ShortWindow),
                row.Entry.OnTimeRate,
                byWeek.Where(p => p.Value == Timeliness.Overdue && p.Key > week.AddDays(-7 * LongWindow)).Select(p => p.Key).Order().ToList(),
                badges,
                recent.Count(p => p.Value == Timeliness.OnTime),
                recent.Count);
        }).ToList();
        var table = new LeagueWeekTable(district, week, previous, campaign?.TargetDate, lines);
        // Today's columns do not depend on the week: read once per district until the next change or minute, not again
        // for every week asked (issue 19: a profile of weeks nobody opened spent 87% of each build on them).
        var today = (await cache.GetTodayAsync(district, nowUtc, stamp, () => WireTodayAsync(table))).Lines.ToDictionary(x => x.Id);
        return lines.All(x => today.ContainsKey(x.Id))
            ? table with { Lines = lines.Select(x => today[x.Id].WithWeekOf(x)).ToList() }
            : await WireTodayAsync(table);
    }

    /// <summary>
    /// What the league keeps of the district until the next change: its campaign (only its own: a city-wide one is not the
    /// district's), its history — the live sub-districts as a standing read gives them (names, order, open 督办), every
    /// snapshot's headline, every return's first submission — and the campaign's calendar over every week the history
    /// holds. Five reads, the same whatever the week asked.
    /// </summary>
    private async Task<LeagueDistrictFacts> ReadFactsAsync(Node district, DateTime nowUtc)
    {
        var campaign = await campaigns.GetForNodeAsync(district.Path);
        if (campaign is not null && campaign.DistrictId != district.Id)
            campaign = null;
        var thisWeek = CampaignDirectory.WeekEndingAt(nowUtc);
        var subDistricts = (await league.ReadStandingsAsync(district.Path, thisWeek, thisWeek.AddDays(-7)))
            .Where(s => s.AsOfWeek == thisWeek).ToList();
        var snapshots = await league.ReadSnapshotHeadlinesAsync(district.Path);
        var submissions = await league.ReadSubmissionsAsync(district.Path, DateOnly.MinValue, DateOnly.MaxValue);
        var history = new LeagueHistory(subDistricts, snapshots, submissions);
        // Back far enough for the 14 weeks a table of the earliest week judges.
        var calendarFrom = (history.EarliestWeek ?? thisWeek).AddDays(-7 * (LongWindow + 1));
        var calendar = await directory.CalendarAsync(campaign?.DeadlineRule ?? DeadlineRule.Default, calendarFrom, thisWeek);
        return new LeagueDistrictFacts(history, campaign, calendar, calendarFrom, thisWeek);
    }

    private async Task<LeagueWeekTable> WireTodayAsync(LeagueWeekTable table) =>
        await standardsColumn.WireAsync(await planColumn.WireAsync(await wiring.WireAsync(table)));

    /// <summary>
    /// The communities of one sub-district, ranked the same way on the figures of its accepted return's rows for the
    /// week (and the week before, for movement). Communities do not file returns, so they have no on-time rate.
    /// </summary>
    public async Task<CommunityTable> BuildCommunitiesAsync(LeagueLine subDistrict, LeagueStanding? previous)
    {
        var rows = subDistrict.Standing.WeeklyReturnId is { } id ? await league.ReadEstatesAsync(id) : [];
        var before = previous?.WeeklyReturnId is { } pid ? await league.ReadEstatesAsync(pid) : [];
        var weekOf = subDistrict.Standing.SnapshotWeekEnding ?? subDistrict.Standing.AsOfWeek;
        var carried = subDistrict.Standing.IsCarriedForward;

        var previousRanks = LeagueTable.Rank(Entries(before, previous?.SnapshotWeekEnding ?? weekOf, previous?.IsCarriedForward == true, _ => null))
            .Where(r => r.Rank is not null).ToDictionary(r => r.Entry.SubDistrictId, r => r.Rank!.Value);
        var ranked = LeagueTable.Rank(Entries(rows, weekOf, carried, c => previousRanks.TryGetValue(c, out var r) ? r : null));
        var figures = rows.GroupBy(r => r.CommunityId).ToDictionary(g => g.Key, g => ReturnFigures.Compute(g.Select(AsReturnRow).ToList(), weekOf));
        return new CommunityTable(subDistrict, rows,
            ranked.Select(r => new CommunityLine(r, figures[r.Entry.SubDistrictId], carried)).ToList());
    }

    private static IEnumerable<LeagueEntry> Entries(IReadOnlyList<LeagueEstateRow> rows, DateOnly weekEnding, bool carried, Func<long, int?> previousRank) =>
        rows.GroupBy(r => (r.CommunityId, r.CommunityName)).Select(g =>
        {
            var figures = ReturnFigures.Compute(g.Select(AsReturnRow).ToList(), weekEnding);
            return new LeagueEntry(g.Key.CommunityId, g.Key.CommunityName, g.Count(), figures.PercentCleared,
                carried ? 0 : (int)figures.NewlyCovered.Value, null, previousRank(g.Key.CommunityId));
        });

    public static ReturnRow AsReturnRow(LeagueEstateRow r) => new()
    {
        WeeklyReturnId = r.WeeklyReturnId,
        EstateId = r.EstateId,
        EstateName = r.EstateName,
        Households = r.Households,
        IsStruckOff = r.IsStruckOff,
        StruckOffDate = r.StruckOffDate,
        CommitteeElectedDate = r.CommitteeElectedDate,
    };
}

/// <summary>One community's line: its ranked row and the figures (with the estates behind each) it was ranked on.</summary>
public sealed record CommunityLine(LeagueRow Row, ReturnFigures Figures, bool IsCarriedForward)
{
    public long CommunityId => Row.Entry.SubDistrictId;
}

public sealed record CommunityTable(LeagueLine SubDistrict, IReadOnlyList<LeagueEstateRow> Estates, IReadOnlyList<CommunityLine> Lines);
