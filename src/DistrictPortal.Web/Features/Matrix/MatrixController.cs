using DistrictPortal.Core.Hierarchy;
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
public sealed class MatrixController(MatrixBuilder builder, CurrentUser me) : Controller
{
    public const int DefaultWeeks = 8;
    public const int MaxWeeks = 26;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? weeks, long? district) =>
        await builder.BuildAsync(me.ScopePath, weeks, district) is { } model ? View(model) : NotFound();
}
