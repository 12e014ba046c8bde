using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Plans;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>One estate's line of the plan page and workbook.</summary>
public sealed record PlanLine(
    long EstateId, int Number, string Community, string Estate, int Households,
    ManagementMode PlannedMode, DateOnly? PlannedDate, DateOnly? StruckOffDate, bool IsOverdue);

/// <summary>A sub-district's full-coverage plan as the page shows it, with the campaign's bounds for the date boxes.</summary>
public sealed class PlanPageModel
{
    public required Node SubDistrict { get; init; }
    public required Campaign Campaign { get; init; }
    public required IReadOnlyList<CampaignPhase> Phases { get; init; }
    public required IReadOnlyList<PlanLine> Lines { get; init; }
    public required DateOnly Today { get; init; }
    public required bool CanEdit { get; init; }
    /// <summary>What was typed per estate when the form comes back refused ("mode", "date").</summary>
    public IReadOnlyDictionary<long, (string Mode, string Date)> Typed { get; init; } = new Dictionary<long, (string, string)>();

    public IEnumerable<PlanLine> Overdue => Lines.Where(l => l.IsOverdue);
    public int Planned => Lines.Count(l => l.PlannedDate is not null);
    public CampaignPhase? Coverage => Phases.FirstOrDefault(p => p.Kind == PhaseKind.Implementation);
}

/// <summary>
/// Reads a sub-district's plan: its current campaign list (ordered as the return's rows), the stored plan rows, and the
/// registry's strike-offs (the home of 销号), judged overdue by Core's <see cref="PlanService.IsOverdue"/>.
/// </summary>
public sealed class PlanPage(ICampaignRepository campaigns, IPlanRepository plans, IWeeklyReturnRepository returns)
{
    public async Task<PlanPageModel?> LoadAsync(Node subDistrict, DateOnly today, bool canEdit)
    {
        if (await campaigns.GetForNodeAsync(subDistrict.Path) is not { } campaign)
            return null;
        var list = await campaigns.ListEstatesAsync(campaign.Id, subDistrict.Id);
        var stored = (await plans.ListAsync(campaign.Id, subDistrict.Id)).ToDictionary(r => r.EstateId);
        var struck = (await returns.ListRegistryFactsAsync(subDistrict.Id)).ToDictionary(f => f.EstateId, f => f.StruckOffDate);
        var lines = list.Select((e, i) =>
        {
            var row = stored.GetValueOrDefault(e.EstateId) ?? new PlanRow { EstateId = e.EstateId };
            row.StruckOffDate = struck.GetValueOrDefault(e.EstateId);
            return new PlanLine(e.EstateId, i + 1, e.CommunityName, e.EstateName, e.Households, row.PlannedMode, row.PlannedDate,
                row.StruckOffDate, PlanService.IsOverdue(row, today));
        }).ToList();
        return new PlanPageModel
        {
            SubDistrict = subDistrict,
            Campaign = campaign,
            Phases = await plans.ListPhasesAsync(campaign.Id),
            Lines = lines,
            Today = today,
            CanEdit = canEdit,
        };
    }
}
