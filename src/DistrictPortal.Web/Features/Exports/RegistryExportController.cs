using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Features.Estates;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Exports;

/// <summary>
/// The registry as Excel. /estates/export.xlsx takes the list's own query (filters and sort, every page) and streams
/// the formatted 小区台账 with the 分类汇总 beside it; /estates/export-all.xlsx streams every estate of the scope as a
/// data sheet in path order. Both read through the user's scope path, so nothing outside it can be asked for.
/// </summary>
[Route("estates")]
public sealed class RegistryExportController(IEstateRepository estates, CurrentUser me, PortalClock clock, ScopeGuard guard) : Controller
{
    /// <summary>The repositories' largest page; the export walks pages of this size.</summary>
    public const int Batch = 1000;

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Export([FromQuery] EstateListRequest request)
    {
        // The list's sub-district filter narrows the export the same way (RegistryScope).
        if (await RegistryScope.NarrowAsync(guard, me.ScopePath, request.SubDistrict) is not { } scopePath)
            return NotFound();
        var query = request.ToQuery(scopePath, Batch);
        var asOf = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        var layout = EstateRegistryTable.Layout(me.ScopeName, asOf);
        if (request.HasFilters)
            layout = layout with { Notes = ["注：按页面筛选条件导出。"] };
        var summary = EstateRegistryTable.Summary(me.ScopeName, asOf, await estates.SubtotalsByCommunityAsync(query));
        // Streamed (issue 19): the estates come from one unbuffered read and each row goes to the file as it is read.
        // ClosedXML held the city's sheet in memory: 12 s quiet, 76 s and +779 MB under load.
        return await Xlsx.StreamedAsync(layout.FileName, output => StreamedWorkbookWriter.Write(output,
        [
            new StreamedSheet(layout, estates.StreamAsync(query).ToBlockingEnumerable().Select(EstateRegistryTable.Row)),
            new StreamedSheet(summary, summary.Rows),
        ]));
    }

    [HttpGet("export-all.xlsx")]
    public Task<FileStreamResult> ExportAll()
    {
        var scope = me.ScopePath;
        var asOf = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        return Xlsx.StreamedAsync(ExportFileName.For(me.ScopeName, "小区台账数据", asOf),
            output => RegistryBulkExport.WriteEstates(output, Batches(scope)));
    }

    // Synchronous on purpose: MiniExcel pulls rows from an IEnumerable on the writer's pool thread (see Xlsx.StreamedAsync),
    // so only one batch of estates is held at a time. Keyset batches in path order (grouped by sub-district and
    // community): paging with OFFSET and a count per page took 22 s for 50,000 estates, this takes a second or two.
    private IEnumerable<Estate> Batches(string scopePath)
    {
        string? after = null;
        while (true)
        {
            var batch = estates.ListAfterPathAsync(scopePath, after, Batch).GetAwaiter().GetResult();
            foreach (var estate in batch)
                yield return estate;
            if (batch.Count < Batch)
                yield break;
            after = batch[^1].Path;
        }
    }
}
