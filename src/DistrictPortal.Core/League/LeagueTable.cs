namespace DistrictPortal.Core.League;

/// <summary>
/// 周排名: the league of sub-districts for one week (P11's weekly reporting, read by the bureau reviewer).
/// Order: % cleared, high first; then newly cleared this week, high first; then the on-time rate over the last
/// 13 weeks, high first (none counts lowest). Entries equal on all three share a rank and the next rank is skipped
/// ("1, 2, 2, 4"); among equals the page lists them by name. Entries with no list are shown last, unranked.
/// Quartile = ⌊4 × (entries ranked ahead) ÷ ranked entries⌋ + 1, so ties share a band and a lone entry is band 1.
/// Peer band rank uses the same order among the entries of one band.
/// </summary>
public static class LeagueTable
{
    public const int SmallBandMax = 10;
    public const int MediumBandMax = 30;

    // The components in ranking order, once: SameStanding asks for them for every pair of neighbours.
    private static readonly LeagueComponent[] Components = Enum.GetValues<LeagueComponent>();

    public static PeerBand BandOf(int baselineCount) =>
        baselineCount <= SmallBandMax ? PeerBand.Small : baselineCount <= MediumBandMax ? PeerBand.Medium : PeerBand.Large;

    public static IReadOnlyList<LeagueRow> Rank(IEnumerable<LeagueEntry> entries)
    {
        var all = entries.ToList();
        var ranked = Order(all.Where(e => e.PercentCleared is not null)).ToList();
        var ranks = CompetitionRanks(ranked);
        var bandRanks = ranked.GroupBy(e => BandOf(e.BaselineCount))
            .SelectMany(g => g.Zip(CompetitionRanks(g.ToList())))
            .ToDictionary(p => p.First.SubDistrictId, p => p.Second);

        var rows = ranked.Select((e, i) => new LeagueRow(
            e,
            ranks[i],
            e.PreviousRank is { } previous ? previous - ranks[i] : null,
            4 * (ranks[i] - 1) / ranked.Count + 1,
            BandOf(e.BaselineCount),
            bandRanks[e.SubDistrictId]));
        var unranked = all.Where(e => e.PercentCleared is null).OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.SubDistrictId)
            .Select(e => new LeagueRow(e, null, null, null, BandOf(e.BaselineCount), null));
        return [.. rows, .. unranked];
    }

    public static RankExplanation Explain(IReadOnlyList<LeagueRow> table, long subDistrictId)
    {
        var index = table.ToList().FindIndex(r => r.Entry.SubDistrictId == subDistrictId);
        if (index < 0)
            throw new ArgumentException($"Sub-district {subDistrictId} is not in the table.", nameof(subDistrictId));
        var row = table[index];
        var ranked = table.Where(r => r.Rank is not null).Select(r => r.Entry).ToList();
        var leader = ranked.FirstOrDefault();

        var components = Components
            .Select(c => new ComponentComparison(c, Value(row.Entry, c), Median(ranked.Select(e => Value(e, c))), leader is null ? null : Value(leader, c)))
            .ToList();

        // The nearest entry ranked strictly ahead, and the first component on which it is ahead.
        var ahead = row.Rank is { } rank ? table.Take(index).LastOrDefault(r => r.Rank < rank) : null;
        LeagueComponent? decidedBy = ahead is null ? null
            : Components.First(c => Key(ahead.Entry, c) != Key(row.Entry, c));
        return new RankExplanation(row, components, ahead, decidedBy);
    }

    private static IEnumerable<LeagueEntry> Order(IEnumerable<LeagueEntry> entries) => entries
        .OrderByDescending(e => Key(e, LeagueComponent.PercentCleared))
        .ThenByDescending(e => Key(e, LeagueComponent.NewlyCleared))
        .ThenByDescending(e => Key(e, LeagueComponent.OnTimeRate))
        .ThenBy(e => e.Name, StringComparer.Ordinal)
        .ThenBy(e => e.SubDistrictId);

    /// <summary>Ranks of an already ordered list: the position of the first entry equal to it, 1-based.</summary>
    private static int[] CompetitionRanks(IReadOnlyList<LeagueEntry> ordered)
    {
        var ranks = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
            ranks[i] = i > 0 && SameStanding(ordered[i], ordered[i - 1]) ? ranks[i - 1] : i + 1;
        return ranks;
    }

    private static bool SameStanding(LeagueEntry a, LeagueEntry b) =>
        Components.All(c => Key(a, c) == Key(b, c));

    // No on-time rate yet sorts below any rate, 0% included.
    private static decimal Key(LeagueEntry e, LeagueComponent c) => Value(e, c) ?? -1m;

    private static decimal? Value(LeagueEntry e, LeagueComponent c) => c switch
    {
        LeagueComponent.PercentCleared => e.PercentCleared,
        LeagueComponent.NewlyCleared => e.NewlyCleared,
        LeagueComponent.OnTimeRate => e.OnTimeRate,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };

    /// <summary>Middle value; the mean of the two middle values for an even count. Null when there are none.</summary>
    public static decimal? Median(IEnumerable<decimal?> values)
    {
        var sorted = values.OfType<decimal>().Order().ToList();
        if (sorted.Count == 0)
            return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}
