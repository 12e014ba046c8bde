using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Plans;

/// <summary>One estate's row as the sub-district sets it: the planned mode (None: not decided) and the date to clear it by.</summary>
public sealed record PlanChange(long EstateId, ManagementMode Mode, DateOnly? Date);

/// <summary>
/// 全覆盖计划 (P11, 推进落实: "街道办事处根据实际情况，制定无物业小区的全面覆盖工作方案"): for every estate on a
/// sub-district's campaign list, the planned mode and the planned date to clear it. A planned date lies inside the
/// campaign (not before its start, not after its target date) and, when the 推进落实 phase is set, not after that phase's
/// end, by which the plan says every estate is covered. An estate past its planned date and not struck off is overdue.
/// </summary>
public sealed class PlanService(IPlanRepository plans, ICampaignRepository campaigns)
{
    // "Plans.Validation.{code}"; every one names the estate (args[0] after the field).
    public const string NotOnList = "NotOnList";
    public const string DateBeforeCampaign = "DateBeforeCampaign";
    public const string DateAfterTarget = "DateAfterTarget";
    public const string DateAfterCoverage = "DateAfterCoverage";

    /// <summary>Past its planned date on <paramref name="today"/> and still on the list (not struck off in the registry).</summary>
    public static bool IsOverdue(PlanRow row, DateOnly today) =>
        row.PlannedDate is { } planned && planned < today && row.StruckOffDate is null;

    /// <summary>Overdue rows per sub-district (the league's shown-not-scored column).</summary>
    public static IReadOnlyDictionary<long, int> OverdueBySubDistrict(IEnumerable<PlanRow> rows, DateOnly today) =>
        rows.Where(r => IsOverdue(r, today)).GroupBy(r => r.SubDistrictId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The refusals of one row, each naming the estate <paramref name="estateName"/>.</summary>
    public static IReadOnlyList<ValidationError> ValidateRow(
        PlanChange change, string estateName, Campaign campaign, IEnumerable<CampaignPhase> phases)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(campaign);
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(change.Mode))
            errors.Add(new(nameof(PlanRow.PlannedMode), ValidationCodes.Invalid, estateName));
        if (change.Date is { } date)
        {
            if (date < campaign.StartDate)
                errors.Add(new(nameof(PlanRow.PlannedDate), DateBeforeCampaign, estateName, Day(date), Day(campaign.StartDate)));
            else if (campaign.TargetDate is { } target && date > target)
                errors.Add(new(nameof(PlanRow.PlannedDate), DateAfterTarget, estateName, Day(date), Day(target)));
            else if (phases.FirstOrDefault(p => p.Kind == PhaseKind.Implementation) is { } coverage && date > coverage.EndDate)
                errors.Add(new(nameof(PlanRow.PlannedDate), DateAfterCoverage, estateName, Day(date), Day(coverage.EndDate)));
        }
        return errors;
    }

    /// <summary>
    /// Saves the rows of one sub-district's plan that changed, all or nothing, each estate's changes audited under its id.
    /// An estate not on the sub-district's current list is refused, naming it.
    /// </summary>
    public async Task<DomainResult> SaveAsync(Campaign campaign, long subDistrictId, IReadOnlyList<PlanChange> changes, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(changes);
        var list = (await campaigns.ListEstatesAsync(campaign.Id, subDistrictId)).ToDictionary(e => e.EstateId);
        var phases = await plans.ListPhasesAsync(campaign.Id);
        var errors = new List<ValidationError>();
        foreach (var change in changes)
        {
            if (!list.TryGetValue(change.EstateId, out var estate))
                errors.Add(new(nameof(PlanRow.EstateId), NotOnList, change.EstateId.ToString(CultureInfo.InvariantCulture)));
            else
                errors.AddRange(ValidateRow(change, estate.EstateName, campaign, phases));
        }
        if (errors.Count > 0)
            return DomainResult.From(errors);

        var existing = (await plans.ListAsync(campaign.Id, subDistrictId)).ToDictionary(r => r.EstateId);
        var rows = new List<PlanRow>();
        var audit = new List<AuditEntry>();
        foreach (var change in changes.DistinctBy(c => c.EstateId))
        {
            var before = existing.GetValueOrDefault(change.EstateId);
            var diff = new AuditDiff(AuditEntities.CoveragePlan, change.EstateId, context)
                .Field(nameof(PlanRow.PlannedMode), before?.PlannedMode ?? ManagementMode.None, change.Mode)
                .Field(nameof(PlanRow.PlannedDate), before?.PlannedDate, change.Date);
            if (diff.Entries.Count == 0)
                continue;
            audit.AddRange(diff.Entries);
            rows.Add(new PlanRow
            {
                CampaignId = campaign.Id, EstateId = change.EstateId, SubDistrictId = subDistrictId,
                PlannedMode = change.Mode, PlannedDate = change.Date, UpdatedUtc = context.AtUtc,
            });
        }
        if (rows.Count > 0)
            await plans.SaveAsync(rows, audit);
        return DomainResult.Ok;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
