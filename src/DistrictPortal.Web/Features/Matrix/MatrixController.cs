using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Matrix;

public sealed class MatrixViewModel
{
    public required IReadOnlyList<MatrixRow> Rows { get; init; }
    public required IReadOnlyList<MatrixColumn> Columns { get; init; }
    public required int Weeks { get; init; }
    /// <summary>Districts the user may filter by (only when their scope holds more than one sub-district's district).</summary>
    public required IReadOnlyList<Node> Districts { get; init; }
    public long? District { get; init; }
    /// <summary>Districts in view that have no campaign yet, named so an empty matrix explains itself.</summary>
    public required IReadOnlyList<string> WithoutCampaign { get; init; }
}

/// <summary>
/// GET /returns/matrix: the completeness and timeliness matrix. "matrix" is a literal segment, so it never competes
/// with /returns/{subDistrictId}/{weekEnding}. Rows are the sub-districts in the user's scope (an officer sees their
/// own row; a reviewer or admin every sub-district below them), columns the last N weeks (default 8, at most 26).
/// </summary>
[Route("returns/matrix")]
public sealed class MatrixController(
    IWeeklyReturnRepository returns, INodeRepository nodes, CampaignDirectory directory, CurrentUser me, PortalClock clock) : Controller
{
    public const int DefaultWeeks = 8;
    public const int MaxWeeks = 26;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? weeks, long? district)
    {
        var count = Math.Clamp(weeks ?? DefaultWeeks, 1, MaxWeeks);
        var now = clock.UtcNow;
        var current = CampaignDirectory.WeekEndingAt(now);
        var columns = Enumerable.Range(0, count).Select(i => current.AddDays(-7 * (count - 1 - i))).ToList();

        var districts = await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.District);
        if (district is { } chosen && districts.All(d => d.Id != chosen))
            return NotFound();
        var subDistricts = (await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict))
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
            else if (InScope(parent))
                withoutCampaign.Add(parent.Name);
        }
        var summaries = subDistricts.Count == 0 ? [] : await returns.ListAsync(me.ScopePath, columns[0], current);
        var (rows, totals) = CompletenessMatrix.Build(campaigns, subDistricts.Select(s => s.Id).ToHashSet(), summaries, columns, now);
        return View(new MatrixViewModel
        {
            Rows = rows,
            Columns = totals,
            Weeks = count,
            Districts = districts.Count > 1 ? districts : [],
            District = district,
            WithoutCampaign = withoutCampaign,
        });
    }

    // An officer below the district is not told about districts outside their scope.
    private bool InScope(Node node) => Scope.Contains(me.ScopePath, node.Path);
}
