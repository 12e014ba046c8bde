using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Web.Features.Committees;

/// <summary>One line of the overdue list: Core's alert with the estate's community and sub-district.</summary>
public sealed record OverdueRow(CommitteeAlert Alert, CommitteeTrack Track)
{
    /// <summary>A term ending soon counts days left; every other kind counts days past its due date.</summary>
    public bool IsAhead => Alert.Kind == CommitteeAlertKind.TermEndingSoon;
}

/// <summary>
/// The overdue list and the counts of one scope on one day, both from Core's rules (<see cref="CommitteeDeadlines"/>,
/// <see cref="CommitteeCounts"/>) over the tracks of every estate in scope. The page and the export build it the same way.
/// </summary>
public sealed class CommitteeOverview
{
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<OverdueRow> Rows { get; init; }
    public required IReadOnlyList<CommitteeCount> BySubDistrict { get; init; }
    public required IReadOnlyList<CommitteeCount> ByCommunity { get; init; }
    public required CommitteeCount Total { get; init; }
    /// <summary>Each community's sub-district name, for the counts table.</summary>
    public required IReadOnlyDictionary<long, string> CommunitySubDistricts { get; init; }
    /// <summary>Alerts per kind before the filters, for the kind filter's labels.</summary>
    public required IReadOnlyDictionary<CommitteeAlertKind, int> KindCounts { get; init; }

    public static CommitteeOverview Build(IReadOnlyList<CommitteeTrack> tracks, DateOnly today, CommitteeListRequest request, long scopeId, string scopeName)
    {
        var byEstate = tracks.ToDictionary(t => t.EstateId);
        var all = CommitteeDeadlines.Classify(tracks, today).Select(a => new OverdueRow(a, byEstate[a.EstateId])).ToList();
        var rows = all
            .Where(r => request.ValidKind is not { } kind || r.Alert.Kind == kind)
            .Where(r => request.Community is not { } community || r.Track.CommunityId == community);
        return new CommitteeOverview
        {
            Today = today,
            Rows = Sort(rows, request.ValidSort, request.Desc),
            BySubDistrict = CommitteeCounts.BySubDistrict(tracks),
            ByCommunity = CommitteeCounts.ByCommunity(tracks),
            Total = CommitteeCounts.Total(tracks, scopeId, scopeName),
            CommunitySubDistricts = tracks.GroupBy(t => t.CommunityId).ToDictionary(g => g.Key, g => g.First().SubDistrictName),
            KindCounts = all.GroupBy(r => r.Alert.Kind).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    public PagedResult<OverdueRow> Page(int page, int pageSize)
    {
        var pageCount = Math.Max(1, (Rows.Count + pageSize - 1) / pageSize);
        var p = Math.Clamp(page, 1, pageCount);
        return new PagedResult<OverdueRow>(Rows.Skip((p - 1) * pageSize).Take(pageSize).ToList(), Rows.Count, p, pageSize);
    }

    /// <summary>Ties fall back to the estate id, so the order is the same on every request and in the export.</summary>
    private static IReadOnlyList<OverdueRow> Sort(IEnumerable<OverdueRow> rows, CommitteeSort sort, bool desc)
    {
        Func<OverdueRow, IComparable> key = sort switch
        {
            CommitteeSort.Days => r => r.IsAhead ? -r.Alert.Days : r.Alert.Days,
            CommitteeSort.Estate => r => r.Alert.EstateName,
            CommitteeSort.Community => r => r.Track.CommunityName,
            CommitteeSort.Kind => r => (int)r.Alert.Kind,
            _ => r => r.Alert.DueDate,
        };
        var ordered = desc ? rows.OrderByDescending(key, Comparer<IComparable>.Create(Compare)) : rows.OrderBy(key, Comparer<IComparable>.Create(Compare));
        return ordered.ThenBy(r => r.Alert.EstateId).ThenBy(r => r.Alert.Kind).ToList();
    }

    private static int Compare(IComparable? a, IComparable? b) =>
        a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<IComparable>.Default.Compare(a!, b!);
}
