using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Matrix;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.League;

/// <summary>One sub-district as the test expects to see it, worked out here from the snapshots, not from the portal's league code.</summary>
internal sealed record ExpectedLine(long Id, string Name, int Baseline, int Covered, decimal? Percent, int Newly, decimal OnTime,
    bool Carried, int? Rank, int? PreviousRank, int? Quartile, string Band, int? BandRank)
{
    public int? Movement => Rank is { } r && PreviousRank is { } p ? p - r : null;
}

/// <summary>
/// The league of the demo district for a week, computed independently: each sub-district's newest current snapshot
/// on or before the week (via the returns repository's own snapshot list), ordered by % cleared, newly cleared, then
/// the on-time share of its due weeks (last 13), with competition ranks ("1, 2, 2, 4"), quartiles and peer bands.
/// </summary>
internal static class ExpectedLeague
{
    public static async Task<IReadOnlyList<ExpectedLine>> ForAsync(PortalFactory factory, DateOnly week)
    {
        var previous = Rank(await StandingsAsync(factory, week.AddDays(-7)));
        return Rank(await StandingsAsync(factory, week))
            .Select(x => x with { PreviousRank = previous.FirstOrDefault(p => p.Id == x.Id)?.Rank }).ToList();
    }

    private static async Task<List<ExpectedLine>> StandingsAsync(PortalFactory factory, DateOnly week)
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var returns = factory.Services.GetRequiredService<IWeeklyReturnRepository>();
        var snapshots = await returns.ListCurrentSnapshotsAsync(district.Path, week.AddDays(-7 * 60), week);
        var summaries = await returns.ListAsync(district.Path, week.AddDays(-7 * 12), week);
        var calendar = await DemoReturns.CalendarAsync(factory);
        var first = ReportingCalendar.WeekEnding((await DemoReturns.CampaignAsync(factory)).StartDate);
        var now = DemoReturns.Now(factory);
        var lines = new List<ExpectedLine>();
        foreach (var group in snapshots.GroupBy(s => s.SubDistrictId))
        {
            var s = group.Where(x => x.WeekEnding <= week).MaxBy(x => x.WeekEnding);
            if (s is null)
                continue;
            var due = 0;
            var onTime = 0;
            for (var w = week; w > week.AddDays(-7 * 13) && w >= first; w = w.AddDays(-7))
            {
                var filed = summaries.FirstOrDefault(x => x.SubDistrictId == s.SubDistrictId && x.WeekEnding == w)?.FirstSubmittedUtc;
                var t = calendar.Evaluate(w, filed, now);
                if (t == Timeliness.NotYetDue)
                    continue;
                due++;
                onTime += t == Timeliness.OnTime ? 1 : 0;
            }
            var carried = s.WeekEnding < week;
            lines.Add(new ExpectedLine(s.SubDistrictId, s.SubDistrictName, s.Baseline, s.Covered, s.PercentCleared, carried ? 0 : s.NewlyCovered,
                due == 0 ? -1 : Math.Round(onTime * 100m / due, 1, MidpointRounding.AwayFromZero), carried, null, null, null,
                s.Baseline <= 10 ? "Small" : s.Baseline <= 30 ? "Medium" : "Large", null));
        }
        return lines;
    }

    private static List<ExpectedLine> Rank(List<ExpectedLine> lines)
    {
        var ranked = lines.Where(x => x.Percent is not null).ToList();
        (decimal, int, decimal) Key(ExpectedLine x) => (x.Percent!.Value, x.Newly, x.OnTime);
        int Competition(ExpectedLine x, IEnumerable<ExpectedLine> among) => 1 + among.Count(o => Better(Key(o), Key(x)));
        var result = ranked.Select(x =>
        {
            var rank = Competition(x, ranked);
            return x with
            {
                Rank = rank,
                Quartile = 4 * (rank - 1) / ranked.Count + 1,
                BandRank = Competition(x, ranked.Where(o => o.Band == x.Band)),
            };
        }).ToList();
        // The page's order: rank, then name (ordinal) among equals; unranked last.
        return [.. result.OrderBy(x => x.Rank).ThenBy(x => x.Name, StringComparer.Ordinal), .. lines.Where(x => x.Percent is null)];
    }

    private static bool Better((decimal P, int N, decimal T) a, (decimal P, int N, decimal T) b) =>
        a.P != b.P ? a.P > b.P : a.N != b.N ? a.N > b.N : a.T > b.T;
}
