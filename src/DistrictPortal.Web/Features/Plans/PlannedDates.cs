using DistrictPortal.Core.Plans;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>The return page's view of the plan: each listed estate's planned date, and whether it is past it (one read).</summary>
public sealed class PlannedDates(IPlanRepository plans)
{
    public const string ViewDataKey = "PlannedDates";

    public async Task<IReadOnlyDictionary<long, (DateOnly Date, bool Overdue)>> ForAsync(ReturnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (await plans.ListAsync(context.Campaign.Id, context.SubDistrict.Id))
            .Where(r => r.PlannedDate is not null)
            .ToDictionary(r => r.EstateId, r => (r.PlannedDate!.Value, PlanService.IsOverdue(r, context.Today)));
    }
}
