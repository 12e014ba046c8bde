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
/// Four reads whatever the size of the district: the campaign, its calendar, the standings, the submission times;
/// then <see cref="LeagueWiring"/>'s four for the live retrofit and committee columns, which every week shares.
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
        cache.GetAsync(district, week, nowUtc, audit, () => BuildFreshAsync(district, week, nowUtc));

    private async Task<LeagueWeekTable> BuildFreshAsync(Node district, DateOnly week, DateTime nowUtc)
    {
        var previous = week.AddDays(-7);
        var from = previous.AddDays(-7 * (LongWindow - 1));
        var campaign = await campaigns.GetForNodeAsync(district.Path);
        if (campaign is not null && campaign.DistrictId != district.Id)
            campaign = null;
        var calendar = await directory.CalendarAsync(campaign?.DeadlineRule ?? DeadlineRule.Default, from, week);
        var firstWeek = campaign is null ? week.AddDays(7) : ReportingCalendar.WeekEnding(campaign.StartDate);

        var standings = await league.ReadStandingsAsync(district.Path, week, previous);
        var submissions = (await league.ReadSubmissionsAsync(district.Path, from, week)).ToLookup(s => s.SubDistrictId);

        Dictionary<DateOnly, Timeliness> TimelinessOf(long subDistrictId) => submissions[subDistrictId]
            .Where(s => s.WeekEnding >= firstWeek)
            .ToDictionary(s => s.WeekEnding, s => calendar.Evaluate(s.WeekEnding, s.FirstSubmittedUtc, nowUtc));
        // Weeks with no return at all: due and missing once their deadline has passed.
        Timeliness Of(Dictionary<DateOnly, Timeliness> byWeek, DateOnly w) =>
            byWeek.TryGetValue(w, out var t) ? t : w < firstWeek ? Timeliness.NotYetDue : calendar.Evaluate(w, null, nowUtc);
        var timeliness = standings.Select(s => s.SubDistrictId).Distinct().ToDictionary(id => id, TimelinessOf);
        // The 13 weeks up to a sub-district's week, each judged: the same window serves its rate, its rank and its line.
        var windows = new Dictionary<(long, DateOnly), Dictionary<DateOnly, Timeliness>>();
        Dictionary<DateOnly, Timeliness> Window(long subDistrictId, DateOnly last)
        {
            if (!windows.TryGetValue((subDistrictId, last), out var window))
            {
                var byWeek = timeliness[subDistrictId];
                window = new Dictionary<DateOnly, Timeliness>(LongWindow);
                for (var i = 0; i < LongWindow; i++)
                {
                    var w = last.AddDays(-7 * i);
                    if (w < firstWeek)
                        break;
                    window[w] = Of(byWeek, w);
                }
                windows[(subDistrictId, last)] = window;
            }
            return window;
        }

        LeagueEntry Entry(LeagueStanding s, int? previousRank) => new(
            s.SubDistrictId, s.SubDistrictName, s.Baseline,
            s.HasSnapshot ? s.PercentCleared : null,
            s.IsCarriedForward ? 0 : s.NewlyCovered,
            OnTimeRate.Compute(Window(s.SubDistrictId, s.AsOfWeek), s.AsOfWeek, firstWeek, LongWindow),
            previousRank);

        var before = LeagueTable.Rank(standings.Where(s => s.AsOfWeek == previous).Select(s => Entry(s, null)))
            .Where(r => r.Rank is not null).ToDictionary(r => r.Entry.SubDistrictId, r => r.Rank!.Value);
        var current = standings.Where(s => s.AsOfWeek == week).ToDictionary(s => s.SubDistrictId);
        var rows = LeagueTable.Rank(current.Values.Select(s => Entry(s, before.TryGetValue(s.SubDistrictId, out var r) ? r : null)));

        var lines = rows.Select(row =>
        {
            var standing = current[row.Entry.SubDistrictId];
            var byWeek = Window(standing.SubDistrictId, week);
            var thisWeek = submissions[standing.SubDistrictId].FirstOrDefault(s => s.WeekEnding == week);
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
                byWeek.Where(p => p.Value == Timeliness.Overdue).Select(p => p.Key).Order().ToList(),
                badges,
                recent.Count(p => p.Value == Timeliness.OnTime),
                recent.Count);
        }).ToList();
        var table = new LeagueWeekTable(district, week, previous, campaign?.TargetDate, lines);
        // Today's columns do not depend on the week: read once per district until the next change or minute, not again
        // for every week asked (issue 19: a profile of weeks nobody opened spent 87% of each build on them).
        var today = (await cache.GetTodayAsync(district, nowUtc, audit, () => WireTodayAsync(table))).Lines.ToDictionary(x => x.Id);
        return lines.All(x => today.ContainsKey(x.Id))
            ? table with { Lines = lines.Select(x => today[x.Id].WithWeekOf(x)).ToList() }
            : await WireTodayAsync(table);
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
