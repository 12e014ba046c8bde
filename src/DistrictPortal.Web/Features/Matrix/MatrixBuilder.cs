using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Caching;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.Matrix;

/// <summary>
/// Builds the matrix for a scope, shared by the page and its Excel export so the workbook holds exactly what the
/// page shows. Null when the chosen district is not one the user may see (the caller answers 404).
/// </summary>
public sealed class MatrixBuilder(
    IWeeklyReturnRepository returns, INodeRepository nodes, CampaignDirectory directory, PortalClock clock, ChangeStampedReads reads)
{
    public async Task<MatrixViewModel?> BuildAsync(string scopePath, int? weeks, long? district)
    {
        var count = Math.Clamp(weeks ?? MatrixController.DefaultWeeks, 1, MatrixController.MaxWeeks);
        var now = clock.UtcNow;
        var current = CampaignDirectory.WeekEndingAt(now);
        var columns = Enumerable.Range(0, count).Select(i => current.AddDays(-7 * (count - 1 - i))).ToList();

        var districts = await nodes.ListByLevelAsync(scopePath, NodeLevel.District);
        if (district is { } chosen && districts.All(d => d.Id != chosen))
            return null;
        // Every sub-district's returns over the weeks, against each campaign's calendar: kept until the next change or
        // the next minute (a deadline passing makes a week overdue), as the league's tables are.
        return await reads.GetAsync(
            $"matrix|{scopePath}|{count}|{district}|{now.Ticks / TimeSpan.TicksPerMinute}",
            () => BuildAsync(scopePath, district, districts, columns, current, now, count));
    }

    private async Task<MatrixViewModel> BuildAsync(
        string scopePath, long? district, IReadOnlyList<Node> districts, List<DateOnly> columns, DateOnly current, DateTime now, int count)
    {
        var subDistricts = (await nodes.ListByLevelAsync(scopePath, NodeLevel.SubDistrict))
            .Where(s => district is null || s.ParentId == district)
            .ToList();

        var campaigns = new List<CampaignContext>();
        var withoutCampaign = new List<string>();
        foreach (var parentId in subDistricts.Select(s => s.ParentId).OfType<long>().Distinct())
        {
            var parent = await nodes.GetByIdAsync(parentId);
            if (parent is null)
                continue;
            if (await directory.ForDistrictAsync(parent, columns[0], current) is { } campaign)
                campaigns.Add(campaign);
            // An officer below the district is not told about districts outside their scope.
            else if (Scope.Contains(scopePath, parent.Path))
                withoutCampaign.Add(parent.Name);
        }
        var summaries = subDistricts.Count == 0 ? [] : await returns.ListAsync(scopePath, columns[0], current);
        var (rows, totals) = CompletenessMatrix.Build(campaigns, subDistricts.Select(s => s.Id).ToHashSet(), summaries, columns, now);
        return new MatrixViewModel
        {
            Rows = rows,
            Columns = totals,
            Weeks = count,
            Districts = districts.Count > 1 ? districts : [],
            District = district,
            WithoutCampaign = withoutCampaign,
        };
    }
}
