namespace DistrictPortal.Core.League;

/// <summary>
/// One sub-district's standing for a week, as published: % cleared and the on-time rate at one decimal, so two
/// entries that look tied on the page are tied in the ranking.
/// </summary>
/// <param name="BaselineCount">The size of its starting campaign list (for the peer band).</param>
/// <param name="PercentCleared">Null when it has no list: it is shown but not ranked.</param>
/// <param name="PreviousRank">Its rank in last week's table, if it had one.</param>
public sealed record LeagueEntry(
    long SubDistrictId,
    string Name,
    int BaselineCount,
    decimal? PercentCleared,
    int NewlyCleared,
    decimal? OnTimeRate,
    int? PreviousRank = null);

/// <summary>Peer bands by starting list size, so a sub-district with 5 estates is not judged beside one with 60.</summary>
public enum PeerBand
{
    /// <summary>10 estates or fewer.</summary>
    Small = 1,
    /// <summary>11 to 30.</summary>
    Medium = 2,
    /// <summary>More than 30.</summary>
    Large = 3,
}

/// <param name="Movement">Places moved since last week: positive up, negative down, null when either week is unranked.</param>
/// <param name="Quartile">1 (top) to 4; null when unranked.</param>
public sealed record LeagueRow(LeagueEntry Entry, int? Rank, int? Movement, int? Quartile, PeerBand Band, int? BandRank);

public enum LeagueComponent
{
    PercentCleared = 1,
    NewlyCleared = 2,
    OnTimeRate = 3,
}

/// <summary>One component of an entry against the table: its value, the median of ranked entries, and the leader's.</summary>
public sealed record ComponentComparison(LeagueComponent Component, decimal? Value, decimal? Median, decimal? Leader)
{
    public decimal? VersusMedian => Value - Median;
    public decimal? BehindLeader => Leader - Value;
}

/// <summary>"Why rank N": each component against the median and the leader, and which component put the entry below the one just ahead.</summary>
public sealed record RankExplanation(LeagueRow Row, IReadOnlyList<ComponentComparison> Components, LeagueRow? JustAhead, LeagueComponent? DecidedBy);
