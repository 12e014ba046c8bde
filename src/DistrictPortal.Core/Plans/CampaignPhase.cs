namespace DistrictPortal.Core.Plans;

/// <summary>The three phases of the campaign (P11, 三、重点工作), in their order.</summary>
public enum PhaseKind
{
    /// <summary>调研摸底: the bureau and the sub-districts survey the unmanaged estates.</summary>
    Survey = 1,
    /// <summary>推进落实: pilots, benchmarks, and every estate covered by the phase's end (全覆盖).</summary>
    Implementation = 2,
    /// <summary>巩固提升: look back (回头看) and strike every estate off (销号清零).</summary>
    Consolidation = 3,
}

/// <summary>One phase of a campaign with its dates (both days included).</summary>
public sealed class CampaignPhase
{
    public long CampaignId { get; set; }
    public PhaseKind Kind { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    public bool Contains(DateOnly day) => day >= StartDate && day <= EndDate;
}

/// <summary>
/// 全覆盖计划: one estate's row of its sub-district's full-coverage plan: how it is to leave the list (the planned mode,
/// P11's four ways) and by when. Stored per campaign and estate; the estate's strike-off is the registry's
/// (<see cref="StruckOffDate"/>, read beside the plan).
/// </summary>
public sealed class PlanRow
{
    public long CampaignId { get; set; }
    public long EstateId { get; set; }
    public long SubDistrictId { get; set; }
    public Estates.ManagementMode PlannedMode { get; set; }
    public DateOnly? PlannedDate { get; set; }
    /// <summary>The registry's 销号 date (null while the estate is on the list), as of the read.</summary>
    public DateOnly? StruckOffDate { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>Phases and full-coverage plans. Stores and reads only: the rules and the audit are Core's (<see cref="PhaseService"/>, <see cref="PlanService"/>).</summary>
public interface IPlanRepository
{
    Task<IReadOnlyList<CampaignPhase>> ListPhasesAsync(long campaignId);

    /// <summary>Replaces the campaign's phases with <paramref name="phases"/> and writes the audit, in one transaction.</summary>
    Task ReplacePhasesAsync(long campaignId, IReadOnlyList<CampaignPhase> phases, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>
    /// The stored plan rows of estates still on the campaign's list, for one sub-district or (null) all, each with its
    /// sub-district and the registry's strike-off date.
    /// </summary>
    Task<IReadOnlyList<PlanRow>> ListAsync(long campaignId, long? subDistrictId);

    /// <summary>Inserts or replaces <paramref name="rows"/> (mode, date, when) and writes the audit, all or nothing.</summary>
    Task SaveAsync(IReadOnlyList<PlanRow> rows, IReadOnlyList<Auditing.AuditEntry> audit);
}
