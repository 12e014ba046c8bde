namespace DistrictPortal.Core.Committees;

/// <summary>Committees formed against estates that need one (<see cref="CommitteeTrack.NeedsCommittee"/>) for one node.</summary>
public sealed record CommitteeCount(long NodeId, string NodeName, int Estates, int Consulted, int Professional, int NeedCommittee, int Formed, int Filed)
{
    /// <summary>Formed ÷ need, in percentage points to one decimal; null when no estate needs one.</summary>
    public decimal? FormedPercent => NeedCommittee == 0 ? null : Math.Round(100m * Formed / NeedCommittee, 1, MidpointRounding.AwayFromZero);
}

public static class CommitteeCounts
{
    public static IReadOnlyList<CommitteeCount> BySubDistrict(IEnumerable<CommitteeTrack> tracks) =>
        Group(tracks, t => (t.SubDistrictId, t.SubDistrictName));

    public static IReadOnlyList<CommitteeCount> ByCommunity(IEnumerable<CommitteeTrack> tracks) =>
        Group(tracks, t => (t.CommunityId, t.CommunityName));

    public static CommitteeCount Total(IEnumerable<CommitteeTrack> tracks, long nodeId, string nodeName) =>
        Count(nodeId, nodeName, tracks.ToList());

    /// <summary>In the order the tracks come (the repository's: community, then estate), one row per node.</summary>
    private static IReadOnlyList<CommitteeCount> Group(IEnumerable<CommitteeTrack> tracks, Func<CommitteeTrack, (long Id, string Name)> key) =>
        tracks.GroupBy(key).Select(g => Count(g.Key.Id, g.Key.Name, g.ToList())).ToList();

    private static CommitteeCount Count(long id, string name, IReadOnlyList<CommitteeTrack> t) => new(
        id, name,
        t.Count,
        t.Count(x => x.ConsultationDate is not null),
        t.Count(x => x.Outcome == ConsultationOutcome.Professional),
        t.Count(x => x.NeedsCommittee),
        t.Count(x => x.HasCommittee),
        t.Count(x => x.HasCommittee && x.FilingDate is not null));
}
