using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Plans;

/// <summary>
/// A campaign's phases (P11: 调研摸底 → 推进落实 → 巩固提升), set by the admin. A phase is given with both dates or left
/// out; the phases given run in order without overlapping, each ends no earlier than it starts, and all lie inside the
/// campaign: from its start date to its target date (目标时间) when it has one.
/// </summary>
public sealed class PhaseService(IPlanRepository plans)
{
    // "Plans.Validation.{code}" in the resources; the field is the phase ("Survey.StartDate").
    public const string StartAndEnd = "PhaseStartAndEnd";
    public const string EndsBeforeStart = ValidationCodes.EndsBeforeStart;
    public const string BeforeCampaign = "PhaseBeforeCampaign";
    public const string AfterTarget = "PhaseAfterTarget";
    public const string OutOfOrder = "PhaseOutOfOrder";

    /// <summary>The phase <paramref name="day"/> falls in, if any.</summary>
    public static CampaignPhase? Current(IEnumerable<CampaignPhase> phases, DateOnly day) => phases.FirstOrDefault(p => p.Contains(day));

    public static IReadOnlyList<ValidationError> Validate(Campaign campaign, IReadOnlyList<(PhaseKind Kind, DateOnly? Start, DateOnly? End)> phases)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var errors = new List<ValidationError>();
        CampaignPhase? previous = null;
        foreach (var (kind, start, end) in phases.OrderBy(p => p.Kind))
        {
            if (start is null && end is null)
                continue;
            if (start is not { } s || end is not { } e)
            {
                errors.Add(new($"{kind}.{(start is null ? "StartDate" : "EndDate")}", StartAndEnd));
                continue;
            }
            if (e < s)
                errors.Add(new($"{kind}.EndDate", EndsBeforeStart, Day(s), Day(e)));
            if (s < campaign.StartDate)
                errors.Add(new($"{kind}.StartDate", BeforeCampaign, Day(s), Day(campaign.StartDate)));
            if (campaign.TargetDate is { } target && e > target)
                errors.Add(new($"{kind}.EndDate", AfterTarget, Day(e), Day(target)));
            if (previous is not null && s <= previous.EndDate)
                errors.Add(new($"{kind}.StartDate", OutOfOrder, Day(s), previous.Kind, Day(previous.EndDate)));
            previous = new CampaignPhase { Kind = kind, StartDate = s, EndDate = e };
        }
        return errors;
    }

    public async Task<DomainResult> SaveAsync(Campaign campaign, IReadOnlyList<(PhaseKind Kind, DateOnly? Start, DateOnly? End)> phases, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var errors = Validate(campaign, phases);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var after = phases.Where(p => p.Start is not null && p.End is not null).OrderBy(p => p.Kind)
            .Select(p => new CampaignPhase { CampaignId = campaign.Id, Kind = p.Kind, StartDate = p.Start!.Value, EndDate = p.End!.Value })
            .ToList();
        var before = (await plans.ListPhasesAsync(campaign.Id)).ToDictionary(p => p.Kind);
        var audit = new AuditDiff(AuditEntities.CampaignPhase, campaign.Id, context);
        foreach (var kind in Enum.GetValues<PhaseKind>())
            audit.Field(kind.ToString(), Describe(before.GetValueOrDefault(kind)), Describe(after.FirstOrDefault(p => p.Kind == kind)));
        if (audit.Entries.Count == 0)
            return DomainResult.Ok;
        await plans.ReplacePhasesAsync(campaign.Id, after, audit.Entries);
        return DomainResult.Ok;
    }

    private static string? Describe(CampaignPhase? phase) => phase is null ? null : $"{Day(phase.StartDate)}..{Day(phase.EndDate)}";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
