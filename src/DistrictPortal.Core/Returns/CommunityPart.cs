namespace DistrictPortal.Core.Returns;

/// <summary>Where a community stands with its rows of the week: 未开始 not started, 填报中 filling in, 已填报 marked done.</summary>
public enum CommunityPartState
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
}

/// <summary>
/// 社区填报: one community's share of its sub-district's weekly return (P11: the sub-district is responsible, the
/// community implements). The community officer fills in the community's rows and marks them done (已填报); the
/// sub-district officer sees every community's part, reviews and submits the whole (<see cref="ReturnShare"/>).
/// Stored once a community first saves or marks; no row means 未开始.
/// </summary>
public sealed class CommunityPart
{
    public long WeeklyReturnId { get; set; }
    public long CommunityId { get; set; }
    /// <summary>The community node's name, read with the part (not stored with it).</summary>
    public string CommunityName { get; set; } = "";
    /// <summary>The community's first save of its rows this week.</summary>
    public DateTime? StartedUtc { get; set; }
    public string? StartedByName { get; set; }
    /// <summary>When the community marked its part done (已填报); null when not marked or withdrawn.</summary>
    public DateTime? DoneUtc { get; set; }
    public long? DoneByUserId { get; set; }
    public string? DoneByName { get; set; }
    /// <summary>0 until stored; each write moves it on, and a stale one is a conflict.</summary>
    public long Version { get; set; }

    public CommunityPartState State =>
        DoneUtc is not null ? CommunityPartState.Done
        : StartedUtc is not null ? CommunityPartState.InProgress
        : CommunityPartState.NotStarted;

    public CommunityPart Clone() => (CommunityPart)MemberwiseClone();
}

/// <summary>One community of the return as the sub-district officer sees it: its rows on the list and its part.</summary>
public sealed record CommunityShare(string CommunityName, int Rows, CommunityPart? Part)
{
    public CommunityPartState State => Part?.State ?? CommunityPartState.NotStarted;
}

/// <summary>The community parts of weekly returns. Every write is one transaction with its audit, version-checked.</summary>
public interface IReturnShareRepository
{
    /// <summary>The stored parts of a return, with their community names, in community name order.</summary>
    Task<IReadOnlyList<CommunityPart>> ListAsync(long weeklyReturnId);

    /// <summary>
    /// Inserts the part (<see cref="CommunityPart.Version"/> 0) or updates it at its version, with the audit built in Core,
    /// in one transaction, and only while the return still has the status <paramref name="returnStatus"/> the caller read
    /// (a submit since then must not be followed by a community's 已填报). A stale version, an insert of a part that
    /// exists or a return whose status moved on throws <see cref="Common.ConcurrencyConflictException"/> and writes nothing.
    /// </summary>
    Task SaveAsync(CommunityPart part, ReturnStatus returnStatus, IReadOnlyList<Auditing.AuditEntry> audit);
}
