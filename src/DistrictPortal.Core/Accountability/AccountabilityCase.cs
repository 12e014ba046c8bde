namespace DistrictPortal.Core.Accountability;

/// <summary>The decision of an accountability case (P5: 通报批评或组织处理; P11: 追责).</summary>
public enum AccountabilityDecision
{
    /// <summary>通报批评: public criticism, printed as a numbered 通报 (第 N 期 of its year).</summary>
    Criticism = 1,

    /// <summary>约谈: a formal interview with the unit's leader.</summary>
    Interview = 2,

    /// <summary>问责: accountability handed to the discipline bodies (组织处理).</summary>
    Accountability = 3,
}

/// <summary>What a case rests on: a 督办 order, or a weekly return that missed its deadline.</summary>
public enum AccountabilityGroundKind
{
    SupervisionOrder = 1,
    MissedReturn = 2,
}

/// <summary>
/// One ground of a case, as it stood when the case was opened: the order's week and problem, or the return's week. Kept
/// with the case (not read live), so the record and its 通报 say what was decided on, whatever the order becomes later.
/// </summary>
public sealed class AccountabilityGround
{
    public long CaseId { get; set; }
    public AccountabilityGroundKind Kind { get; set; }
    public long TargetId { get; set; }
    public DateOnly WeekEnding { get; set; }
    /// <summary>The order's problem (督办事由); null for a missed return.</summary>
    public string? Note { get; set; }
}

/// <summary>
/// 追责 (P5, P11): a record per case of whom (a unit of the hierarchy, and a person by name and post), why (the grounds and
/// the facts), the decision, its date and who decided. A 通报批评 carries its number within its year (第 N 期).
/// Created by the district office only; never edited (a new decision is a new case).
/// </summary>
public sealed class AccountabilityCase
{
    public long Id { get; set; }
    public long UnitNodeId { get; set; }
    public string UnitName { get; set; } = "";
    /// <summary>The unit's path: the scope a case is read in.</summary>
    public string UnitPath { get; set; } = "";
    public string? PersonName { get; set; }
    public string? PersonPost { get; set; }
    /// <summary>The facts and reasons (事实与理由): the 通报's body.</summary>
    public string Reason { get; set; } = "";
    public AccountabilityDecision Decision { get; set; }
    public DateOnly DecidedOn { get; set; }
    /// <summary>Who decided (决定机关), printed as the 通报's 落款.</summary>
    public string DecidedBy { get; set; } = "";
    public int? IssueYear { get; set; }
    public int? IssueNo { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string CreatedByName { get; set; } = "";

    public IReadOnlyList<AccountabilityGround> Grounds { get; set; } = [];

    public bool IsPublicCriticism => Decision == AccountabilityDecision.Criticism;
}

/// <summary>Stores cases with their grounds and audit in one transaction; (IssueYear, IssueNo) is unique.</summary>
public interface IAccountabilityRepository
{
    /// <summary>The new case's id. A 通报 number already taken is a <see cref="Common.DuplicateNameException"/>.</summary>
    Task<long> CreateAsync(AccountabilityCase accountabilityCase, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>The case with its grounds, or null.</summary>
    Task<AccountabilityCase?> GetByIdAsync(long id);

    /// <summary>Cases whose unit lies under <paramref name="scopePath"/>, newest decision first, without their grounds.</summary>
    Task<IReadOnlyList<AccountabilityCase>> ListAsync(string scopePath);

    /// <summary>The highest 通报 number of <paramref name="year"/>; 0 when none.</summary>
    Task<int> MaxIssueNoAsync(int year);
}
