namespace DistrictPortal.Core.League;

/// <summary>
/// One sub-district's figures as the league reads them for a week: the newest snapshot (latest acceptance) of the
/// newest week on or before <see cref="AsOfWeek"/>. A sub-district whose return for that week is not yet accepted
/// keeps its last frozen figures (<see cref="IsCarriedForward"/>); one that never had a return accepted has no
/// snapshot and is shown unranked. Nothing here is computed from live rows: the league ranks frozen figures only.
/// </summary>
public sealed class LeagueStanding
{
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public int SortOrder { get; set; }
    /// <summary>The week the standing was asked for.</summary>
    public DateOnly AsOfWeek { get; set; }
    public long? SnapshotId { get; set; }
    public long? WeeklyReturnId { get; set; }
    /// <summary>The week of the snapshot used; earlier than <see cref="AsOfWeek"/> when carried forward.</summary>
    public DateOnly? SnapshotWeekEnding { get; set; }
    public bool IsRestatement { get; set; }
    public bool WasOnTime { get; set; }
    public int Baseline { get; set; }
    public int Covered { get; set; }
    public int Remaining { get; set; }
    public decimal? PercentCleared { get; set; }
    public int NewlyCovered { get; set; }
    public int CommitteesFormed { get; set; }
    /// <summary>督办 raised on the sub-district and not yet closed (at the time of reading).</summary>
    public int OpenSupervisionOrders { get; set; }

    public bool HasSnapshot => SnapshotId is not null;
    public bool IsCarriedForward => SnapshotWeekEnding is { } week && week < AsOfWeek;
}

/// <summary>One estate row of an accepted return, with its community: the community table and the drill-down read these.</summary>
public sealed class LeagueEstateRow
{
    public long WeeklyReturnId { get; set; }
    public long EstateId { get; set; }
    public string EstateName { get; set; } = "";
    public int Households { get; set; }
    public long CommunityId { get; set; }
    public string CommunityName { get; set; } = "";
    public int CommunitySortOrder { get; set; }
    public bool IsStruckOff { get; set; }
    public DateOnly? StruckOffDate { get; set; }
    public DateOnly? CommitteeElectedDate { get; set; }
}

/// <summary>
/// When a sub-district's return for a week was first submitted, and whether it was ever sent back: all the league needs of a
/// return to judge its timeliness (on-time rates, the late badge) against the campaign's calendar, which Core does.
/// </summary>
public sealed record LeagueSubmission
{
    public long SubDistrictId { get; init; }
    public DateOnly WeekEnding { get; init; }
    public DateTime? FirstSubmittedUtc { get; init; }
    public bool WasSentBack { get; init; }
}

/// <summary>
/// The league's reads, sized for a city (200 sub-districts, 50,000 estates, two years of weeks): one call per table,
/// each an index seek per sub-district, never a query per row.
/// </summary>
public interface ILeagueRepository
{
    /// <summary>
    /// Every live sub-district under <paramref name="scopePath"/>, once for each of the weeks asked (this week and last, for
    /// movement), with its standing then; ordered by week (newest first), then hierarchy order.
    /// </summary>
    Task<IReadOnlyList<LeagueStanding>> ReadStandingsAsync(string scopePath, DateOnly weekEnding, DateOnly previousWeekEnding);

    /// <summary>
    /// The returns of the sub-districts under <paramref name="scopePath"/> for the weeks in [<paramref name="from"/>,
    /// <paramref name="to"/>], as <see cref="LeagueSubmission"/>s, in no particular order: the narrow read of the return list
    /// that <see cref="LeagueHistory"/> keeps (a week's table judges 14 weeks of them: 13 for the on-time rate, one more for
    /// last week's ranks).
    /// </summary>
    Task<IReadOnlyList<LeagueSubmission>> ReadSubmissionsAsync(string scopePath, DateOnly from, DateOnly to);

    /// <summary>
    /// Every snapshot of the sub-districts under <paramref name="scopePath"/> (each acceptance and restatement), headline
    /// figures only, in no particular order: <see cref="LeagueHistory"/> picks any week's standings from them.
    /// </summary>
    Task<IReadOnlyList<SnapshotHeadline>> ReadSnapshotHeadlinesAsync(string scopePath);

    /// <summary>The rows of one return (as filed and accepted), with each estate's community, ordered by community then estate name.</summary>
    Task<IReadOnlyList<LeagueEstateRow>> ReadEstatesAsync(long weeklyReturnId);
}
