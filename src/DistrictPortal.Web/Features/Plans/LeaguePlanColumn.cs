using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Plans;
using DistrictPortal.Web.Features.League;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>
/// The league's "计划逾期" column (issue 16 item 1): per sub-district, the estates past their full-coverage planned date
/// and not struck off, today (live, like the other shown columns), never in the score. One read per district.
/// </summary>
public sealed class LeaguePlanColumn(ICampaignRepository campaigns, IPlanRepository plans, PortalClock clock)
{
    public async Task<LeagueWeekTable> WireAsync(LeagueWeekTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (await campaigns.GetForNodeAsync(table.District.Path) is not { } campaign || campaign.DistrictId != table.District.Id)
            return table;
        var overdue = PlanService.OverdueBySubDistrict(await plans.ListAsync(campaign.Id, null), clock.Today);
        return table with { Lines = table.Lines.Select(x => x with { PlanOverdue = overdue.GetValueOrDefault(x.Id) }).ToList() };
    }
}
