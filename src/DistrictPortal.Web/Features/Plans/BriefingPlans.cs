using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Plans;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>
/// The briefing's share of the plan (issue 16 item 1): estates of the node past their full-coverage planned date and not
/// struck off, as lines of the 逾期事项 table, with the sub-district answerable for each.
/// </summary>
public sealed class BriefingPlans(IPlanRepository plans, ICampaignRepository campaigns, INodeRepository nodes, PortalClock clock)
{
    public async Task<IReadOnlyList<OverdueItem>> OverdueAsync(CampaignContext campaign, Node node, Node? subDistrict)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(node);
        var scope = node.Level == NodeLevel.District ? null : subDistrict?.Id;
        var today = clock.Today;
        var overdue = (await plans.ListAsync(campaign.Campaign.Id, scope)).Where(r => PlanService.IsOverdue(r, today)).ToList();
        if (overdue.Count == 0)
            return [];
        HashSet<long>? only = node.Level switch
        {
            NodeLevel.Community => [.. (await nodes.GetChildrenAsync(node.Id, includeRetired: true)).Select(n => n.Id)],
            NodeLevel.Estate => [node.Id],
            _ => null,
        };
        var names = (await campaigns.ListEstatesAsync(campaign.Campaign.Id, scope)).ToDictionary(e => e.EstateId, e => e.EstateName);
        var subDistricts = campaign.SubDistricts.ToDictionary(s => s.Id, s => s.Name);
        return overdue
            .Where(r => only is null || only.Contains(r.EstateId))
            .Select(r => new OverdueItem(
                names.GetValueOrDefault(r.EstateId, r.EstateId.ToString(CultureInfo.InvariantCulture)),
                $"全覆盖计划逾期：计划{r.PlannedDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}完成，尚未销号",
                r.PlannedDate.Value,
                today.DayNumber - r.PlannedDate.Value.DayNumber,
                subDistricts.GetValueOrDefault(r.SubDistrictId)))
            .ToList();
    }
}
