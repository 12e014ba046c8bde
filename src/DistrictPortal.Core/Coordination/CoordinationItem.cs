namespace DistrictPortal.Core.Coordination;

/// <summary>Where a coordination item stands (待分派 → 办理中 → 已办结).</summary>
public enum CoordinationStatus
{
    /// <summary>待分派: taken in from a return, no member unit yet.</summary>
    Pending = 1,

    /// <summary>办理中: assigned to a member unit, waiting for its reply.</summary>
    InProgress = 2,

    /// <summary>已办结: the unit's closing reply is recorded.</summary>
    Done = 3,
}

/// <summary>
/// 成员单位 (P11 四(二)): a district body on the leading group that the office hands asks to (区民政局, 市公安局分局, 区发改局,
/// 区市场监督管理局, 区水务局 …). The admin keeps the list; a unit no longer on it is retired, never deleted (items keep it).
/// </summary>
public sealed class MemberUnit
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public bool IsRetired { get; set; }
}

/// <summary>需区级协调事项 on an accepted return's row that no item has taken in yet: what the office may turn into an item.</summary>
public sealed class CoordinationAsk
{
    public long WeeklyReturnId { get; set; }
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public DateOnly WeekEnding { get; set; }
    public long EstateId { get; set; }
    public string EstateName { get; set; } = "";
    public string HelpAsked { get; set; } = "";
}

/// <summary>
/// 需区级协调事项 (issue 16, P11 区级协调): an estate's ask of the district, taken from an accepted return by the office,
/// assigned to a member unit and tracked to closure with the unit's replies (recorded by the office).
/// </summary>
public sealed class CoordinationItem
{
    public long Id { get; set; }
    public long SubDistrictId { get; set; }
    public string SubDistrictName { get; set; } = "";
    public long EstateId { get; set; }
    public string EstateName { get; set; } = "";
    public long WeeklyReturnId { get; set; }
    public DateOnly WeekEnding { get; set; }
    public string Ask { get; set; } = "";
    public CoordinationStatus Status { get; set; }
    public long? MemberUnitId { get; set; }
    public string? MemberUnitName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime? AssignedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public long Version { get; set; }

    public IReadOnlyList<CoordinationReply> Replies { get; set; } = [];
}

/// <summary>A member unit's reply, as the office records it (办理情况); the closing one ends the item.</summary>
public sealed class CoordinationReply
{
    public long Id { get; set; }
    public long ItemId { get; set; }
    public DateOnly RepliedOn { get; set; }
    public string Text { get; set; } = "";
    public bool IsClosing { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string RecordedByName { get; set; } = "";
}

/// <summary>Stores member units and coordination items; every write with its audit in one transaction.</summary>
public interface ICoordinationRepository
{
    Task<IReadOnlyList<MemberUnit>> ListUnitsAsync();

    /// <summary>The new unit's id; a name in use is a <see cref="Common.DuplicateNameException"/>.</summary>
    Task<long> CreateUnitAsync(MemberUnit unit, IReadOnlyList<Auditing.AuditEntry> audit);

    Task UpdateUnitAsync(MemberUnit unit, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>
    /// For each estate under <paramref name="scopePath"/>, its row in the newest accepted return that has one, when that
    /// row asks something of the district (需区级协调事项 not blank). Which of them are still to take in is Core's rule.
    /// </summary>
    Task<IReadOnlyList<CoordinationAsk>> ListAsksAsync(string scopePath);

    /// <summary>The new item's id; a second item for the same return row is a <see cref="Common.DuplicateNameException"/>.</summary>
    Task<long> CreateItemAsync(CoordinationItem item, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>The item with its replies, oldest first; null when there is none.</summary>
    Task<CoordinationItem?> GetItemAsync(long id);

    /// <summary>Items of sub-districts under <paramref name="scopePath"/>, open ones first, newest first, without replies.</summary>
    Task<IReadOnlyList<CoordinationItem>> ListItemsAsync(string scopePath);

    /// <summary>
    /// Writes the item's status, unit and times, and <paramref name="reply"/> when given, if <see cref="CoordinationItem.Version"/>
    /// is still current; otherwise a <see cref="Common.ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    Task UpdateItemAsync(CoordinationItem item, CoordinationReply? reply, IReadOnlyList<Auditing.AuditEntry> audit);
}
