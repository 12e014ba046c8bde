namespace DistrictPortal.Core.League;

/// <summary>
/// One accepted snapshot's headline figures, as the league ranks them: no estate lists. A return accepted, then restated,
/// has one per acceptance; the league reads the newest.
/// </summary>
public sealed class SnapshotHeadline
{
    public long Id { get; set; }
    public long WeeklyReturnId { get; set; }
    public long SubDistrictId { get; set; }
    public DateOnly WeekEnding { get; set; }
    public DateTime AcceptedUtc { get; set; }
    public bool IsRestatement { get; set; }
    public bool WasOnTime { get; set; }
    public int Baseline { get; set; }
    public int Covered { get; set; }
    public int Remaining { get; set; }
    public decimal? PercentCleared { get; set; }
    public int NewlyCovered { get; set; }
    public int CommitteesFormed { get; set; }
}

/// <summary>
/// A district's frozen league history: its live sub-districts (with their open 督办 now), every snapshot's headline and
/// every return's first submission. Any week's standings are picked from it by the one rule of
/// <see cref="ILeagueRepository.ReadStandingsAsync"/>: per sub-district, the newest snapshot of the newest week on or
/// before the week asked (latest acceptance, then highest id); none, and the sub-district is shown unranked.
/// Read once and shared by every week's table until the next change (issue 19: a week nobody opened had read its two
/// weeks of standings and 14 weeks of submissions afresh, most of its build).
/// </summary>
public sealed class LeagueHistory
{
    private readonly IReadOnlyList<LeagueStanding> _subDistricts;
    private readonly Dictionary<long, SnapshotHeadline[]> _snapshots;
    private readonly Dictionary<long, LeagueSubmission[]> _submissions;

    /// <param name="subDistricts">The live sub-districts in hierarchy order, with their names, sort order and open orders (any week's standing rows).</param>
    public LeagueHistory(IReadOnlyList<LeagueStanding> subDistricts, IEnumerable<SnapshotHeadline> snapshots, IEnumerable<LeagueSubmission> submissions)
    {
        _subDistricts = subDistricts;
        // Oldest first, so the standing of a week is the last one on or before it.
        _snapshots = snapshots.GroupBy(s => s.SubDistrictId).ToDictionary(g => g.Key,
            g => g.OrderBy(s => s.WeekEnding).ThenBy(s => s.AcceptedUtc).ThenBy(s => s.Id).ToArray());
        _submissions = submissions.GroupBy(s => s.SubDistrictId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.WeekEnding).ToArray());
    }

    /// <summary>The standings for <paramref name="week"/> and <paramref name="previous"/>, as ReadStandingsAsync orders them: newest week first, then hierarchy order.</summary>
    public IReadOnlyList<LeagueStanding> StandingsFor(DateOnly week, DateOnly previous) =>
        [.. StandingsOf(week), .. StandingsOf(previous)];

    /// <summary>Every return of one sub-district, oldest week first; none for a sub-district not in the history.</summary>
    public IReadOnlyList<LeagueSubmission> SubmissionsOf(long subDistrictId) =>
        _submissions.TryGetValue(subDistrictId, out var all) ? all : [];

    /// <summary>One sub-district's returns for the weeks in [<paramref name="from"/>, <paramref name="to"/>], oldest first, found by halving rather than by walking its two years.</summary>
    public ArraySegment<LeagueSubmission> SubmissionsOf(long subDistrictId, DateOnly from, DateOnly to)
    {
        if (!_submissions.TryGetValue(subDistrictId, out var all))
            return ArraySegment<LeagueSubmission>.Empty;
        var start = FirstOnOrAfter(all, s => s.WeekEnding, from);
        var end = FirstOnOrAfter(all, s => s.WeekEnding, to.AddDays(1));
        return new ArraySegment<LeagueSubmission>(all, start, Math.Max(0, end - start));
    }

    /// <summary>The earliest week any snapshot or return of the history is for; null when it holds none.</summary>
    public DateOnly? EarliestWeek =>
        _snapshots.Values.Select(a => a[0].WeekEnding).Concat(_submissions.Values.Select(a => a[0].WeekEnding))
            .Select(w => (DateOnly?)w).Min();

    private IEnumerable<LeagueStanding> StandingsOf(DateOnly week) => _subDistricts.Select(s =>
    {
        var frozen = Newest(s.SubDistrictId, week);
        return new LeagueStanding
        {
            SubDistrictId = s.SubDistrictId,
            SubDistrictName = s.SubDistrictName,
            SortOrder = s.SortOrder,
            AsOfWeek = week,
            OpenSupervisionOrders = s.OpenSupervisionOrders,
            SnapshotId = frozen?.Id,
            WeeklyReturnId = frozen?.WeeklyReturnId,
            SnapshotWeekEnding = frozen?.WeekEnding,
            IsRestatement = frozen?.IsRestatement ?? false,
            WasOnTime = frozen?.WasOnTime ?? false,
            Baseline = frozen?.Baseline ?? 0,
            Covered = frozen?.Covered ?? 0,
            Remaining = frozen?.Remaining ?? 0,
            PercentCleared = frozen?.PercentCleared,
            NewlyCovered = frozen?.NewlyCovered ?? 0,
            CommitteesFormed = frozen?.CommitteesFormed ?? 0,
        };
    });

    /// <summary>The last snapshot whose week is on or before the one asked.</summary>
    private SnapshotHeadline? Newest(long subDistrictId, DateOnly week)
    {
        if (!_snapshots.TryGetValue(subDistrictId, out var all))
            return null;
        var after = FirstOnOrAfter(all, s => s.WeekEnding, week.AddDays(1));
        return after == 0 ? null : all[after - 1];
    }

    /// <summary>The index of the first item (in week order) whose week is on or after <paramref name="week"/>; the length when none is.</summary>
    private static int FirstOnOrAfter<T>(T[] byWeek, Func<T, DateOnly> weekOf, DateOnly week)
    {
        int low = 0, high = byWeek.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (weekOf(byWeek[mid]) < week)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
