using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Features.League;

namespace DistrictPortal.Web.Features.Inspections;

/// <summary>
/// The league's "全部达标率" column (issue 20 item 5): per sub-district, the share of its inspected estates whose newest
/// inspection meets every standard (Core's <see cref="StandardsBoard.ShareBySubDistrict"/>, the one definition), today:
/// live like the other shown columns, never in the score. One read per district (the newest inspections, no values).
/// </summary>
public sealed class LeagueStandardsColumn(IInspectionRepository inspections)
{
    public async Task<LeagueWeekTable> WireAsync(LeagueWeekTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var shares = StandardsBoard.ShareBySubDistrict(await inspections.ListLatestInScopeAsync(table.District.Path));
        return table with { Lines = table.Lines.Select(x => x with { Standards = shares.GetValueOrDefault(x.Id) ?? StandardsShare.None }).ToList() };
    }
}
