using System.Globalization;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Features.Matrix;
using DistrictPortal.Web.Features.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Exports;

/// <summary>
/// The Friday-return pages as Excel, each at its page's path plus /export.xlsx with the page's query: the list, one
/// sub-district's week, and the matrix; /returns/export-all.xlsx?from=&amp;to= streams every return row of the scope
/// for a range of weeks. Each reads through the same scope as its page: a sub-district outside it is 404.
/// </summary>
[Route("returns")]
public sealed class ReturnExportController(
    ReturnList list,
    ReturnService service,
    MatrixBuilder matrix,
    IWeeklyReturnRepository returns,
    ScopeGuard guard,
    CurrentUser me,
    PortalClock clock) : Controller
{
    /// <summary>The longest range of weeks one bulk export covers (a year).</summary>
    public const int MaxWeeks = 53;
    public const int DefaultWeeks = 8;

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> List([FromQuery] ReturnListRequest request)
    {
        request.Page = 1;
        var model = await list.BuildAsync(me.ScopePath, request, clock.UtcNow, clock.ToLocal, pageSize: int.MaxValue);
        return Xlsx.File(ReturnTables.List(me.ScopeName, Today, model.Result.Items));
    }

    [HttpGet("{subDistrictId:long}/{weekEnding}/export.xlsx")]
    public async Task<IActionResult> One(long subDistrictId, string weekEnding)
    {
        var node = await guard.ReadableNodeAsync(subDistrictId);
        if (node is null || ParseWeek(weekEnding) is not { } week || await service.LoadAsync(node, week) is not { } context)
            return NotFound();
        var communities = context.Estates.ToDictionary(e => e.EstateId, e => e.CommunityName);
        return Xlsx.File(ReturnTables.Return(context, ReturnWorkflowService.Working(context), communities, clock.ToLocal));
    }

    [HttpGet("matrix/export.xlsx")]
    public async Task<IActionResult> Matrix(int? weeks, long? district)
    {
        if (await matrix.BuildAsync(me.ScopePath, weeks, district) is not { } model)
            return NotFound();
        return Xlsx.File(ReturnTables.Matrix(me.ScopeName, Today, model));
    }

    /// <summary>Every row of every return filed under the scope for weeks ending in [from, to] (default: the last 8 weeks).</summary>
    [HttpGet("export-all.xlsx")]
    public async Task<IActionResult> All(string? from, string? to)
    {
        var current = CampaignDirectory.WeekEndingAt(clock.UtcNow);
        var last = to is null ? current : ParseWeek(to);
        var first = from is null ? last?.AddDays(-7 * (DefaultWeeks - 1)) : ParseWeek(from);
        if (first is not { } start || last is not { } end || start > end || end.DayNumber - start.DayNumber > 7 * (MaxWeeks - 1))
            return BadRequest("from and to are Fridays (yyyy-MM-dd), from ≤ to, at most 53 weeks apart.");
        var summaries = await returns.ListAsync(me.ScopePath, start, end);
        return await Xlsx.StreamedAsync(
            ExportFileName.For(me.ScopeName, $"周报明细_{start:yyyy-MM-dd}至{end:yyyy-MM-dd}", Today),
            output => RegistryBulkExport.WriteReturnRows(output, Lines(summaries)));
    }

    // One return's rows at a time, read as MiniExcel pulls them (see Xlsx.StreamedAsync).
    private IEnumerable<Documents.Excel.ReturnLine> Lines(IReadOnlyList<ReturnSummary> summaries)
    {
        foreach (var summary in summaries.OrderBy(s => s.WeekEnding).ThenBy(s => s.SubDistrictName, StringComparer.Ordinal))
        {
            if (returns.GetByIdAsync(summary.Id).GetAwaiter().GetResult() is { } weeklyReturn)
            {
                foreach (var row in weeklyReturn.Rows)
                    yield return new Documents.Excel.ReturnLine(summary.SubDistrictName, summary.WeekEnding, summary.Status, row);
            }
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    private static DateOnly? ParseWeek(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week)
        && week.DayOfWeek == DayOfWeek.Friday
            ? week
            : null;
}
