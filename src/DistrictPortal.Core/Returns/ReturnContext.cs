using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Returns;

/// <summary>One sub-district's reporting week: its campaign and calendar, the estates on its list, the stored return (if
/// any), the homes of the facts its rows show (the registry's, the committee tracks') and the last return accepted
/// before this week, whose own facts (contract signed, blockers, help asked) carry forward.</summary>
public sealed class ReturnContext
{
    public required Node SubDistrict { get; init; }
    public required DateOnly WeekEnding { get; init; }
    public required Campaign Campaign { get; init; }
    public required ReportingCalendar Calendar { get; init; }
    /// <summary>The sub-district's current campaign list, removed estates left out.</summary>
    public required IReadOnlyList<CampaignEstate> Estates { get; init; }
    public WeeklyReturn? Stored { get; init; }
    public WeeklyReturn? LastAccepted { get; init; }
    public required DateTime NowUtc { get; init; }
    /// <summary>The registry facts of the sub-district's estates, by estate id: the home of mode, six haves and the strike-off.</summary>
    public required IReadOnlyDictionary<long, RegistryFacts> Registry { get; init; }
    /// <summary>The committee tracks with anything recorded, by estate id: the home of the consultation and committee dates.</summary>
    public required IReadOnlyDictionary<long, CommitteeTrack> Tracks { get; init; }

    /// <summary>The admin's per-mode strike-off evidence rules (<see cref="LookBacks.StrikeOffEvidence"/>): the document by mode; empty, none.</summary>
    public IReadOnlyDictionary<Estates.ManagementMode, string> EvidenceRules { get; init; } = new Dictionary<Estates.ManagementMode, string>();
    /// <summary>The estates with an evidence file of their own or on a return row (read only when there are rules).</summary>
    public IReadOnlySet<long> EstatesWithEvidence { get; init; } = new HashSet<long>();

    /// <summary>
    /// The day of each estate's latest relapse (返潮: a failed look-back put it back on the list), for the stored rows that
    /// still state a strike-off the registry no longer holds (<see cref="ReturnPrefill.FollowRelapse"/>); read only then.
    /// </summary>
    public IReadOnlyDictionary<long, DateOnly> Relapses { get; init; } = new Dictionary<long, DateOnly>();

    public ReturnStatus? Status => Stored?.Status;

    /// <summary>Rows and narratives can change: nothing saved yet, or the sub-district holds it (draft, sent back, reopened).</summary>
    public bool IsEditable => Stored is null || ReturnWorkflow.IsEditable(Stored.Status);

    public DateOnly Today => Calendar.LocalDate(NowUtc);

    public IReadOnlyDictionary<long, ReturnRow> PreviousAccepted =>
        LastAccepted?.Rows.ToDictionary(r => r.EstateId) ?? new Dictionary<long, ReturnRow>();

    /// <summary>The strike-offs the registry holds from before this week, which the return may not undo (<see cref="ReturnPrefill.StandingStrikeOffs"/>).</summary>
    public IReadOnlyDictionary<long, ReturnRow> StandingStrikeOffs => ReturnPrefill.StandingStrikeOffs(Registry.Values, WeekEnding);

    public Timeliness Timeliness => Calendar.Evaluate(WeekEnding, Stored?.FirstSubmittedUtc, NowUtc);

    public Countdown Countdown => Calendar.CountdownAt(WeekEnding, NowUtc);
}
