namespace DistrictPortal.Core.Committees;

/// <summary>
/// 业主委员会: one term of an estate's owners' committee, elected at the owners' general meeting (业主大会) and filed
/// (备案) with the sub-district (P9). A re-election (换届) hands over to the next term: the old term gets
/// <see cref="HandedOverOn"/> and stays readable as history; only the current term (not handed over) is edited.
/// </summary>
public sealed class OwnersCommittee
{
    public long Id { get; set; }
    public long EstateId { get; set; }
    /// <summary>1 for the first committee, +1 at each handover (第N届).</summary>
    public int Term { get; set; }
    /// <summary>The owners' general meeting that elected this committee.</summary>
    public DateOnly MeetingDate { get; set; }
    /// <summary>备案 with the sub-district; null while not filed.</summary>
    public DateOnly? FilingDate { get; set; }
    public DateOnly TermEndDate { get; set; }
    /// <summary>The day the next term took over; null for the current committee.</summary>
    public DateOnly? HandedOverOn { get; set; }
    public long Version { get; set; }

    public List<CommitteeMember> Members { get; set; } = [];

    public bool IsCurrent => HandedOverOn is null;

    /// <summary>Re-election (换届) is due by the end of the term: the stated rule, as P9 gives no other period.</summary>
    public DateOnly ReElectionDue => TermEndDate;

    public CommitteeMember? Chair => Members.FirstOrDefault(m => m.IsChair);
}

/// <summary>A member of one committee term: name, role as filed (主任, 副主任, 委员 …), and whether they chair it.</summary>
public sealed class CommitteeMember
{
    public long CommitteeId { get; set; }
    /// <summary>Order on the filed list, from 1.</summary>
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public bool IsChair { get; set; }
}

public static class CommitteeMembers
{
    /// <summary>The list as stored: names and roles trimmed, positions 1..n in the order given, so both databases keep the same rows.</summary>
    public static List<CommitteeMember> Normalise(IEnumerable<CommitteeMember> members, long committeeId) =>
        members.Select((m, i) => new CommitteeMember
        {
            CommitteeId = committeeId,
            Position = i + 1,
            Name = m.Name.Trim(),
            Role = m.Role?.Trim() ?? "",
            IsChair = m.IsChair,
        }).ToList();
}
