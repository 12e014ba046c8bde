using System.Diagnostics;
using DistrictPortal.Bench.Generation;
using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Documents.Excel;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Exports;

/// <summary>
/// The formatted registry workbook of the whole city (what GET /estates/export.xlsx sends the admin), in this process
/// and without the web stack, so that the counters are the export's own: wall and CPU time, bytes allocated, and the
/// process's peak working set. <c>--writer closedxml</c> is the way it was made before issue 19's change (pages of 1,000
/// through SearchAsync, the rows held, ClosedXML's in-memory workbook); <c>--writer streamed</c> is the way it is made now
/// (one unbuffered read through StreamAsync into StreamedWorkbookWriter). Run each in its own process: peak working
/// set is per process. CPU time and allocations hardly move with the machine's load; wall time does.
/// </summary>
internal static class FormattedExport
{
    public static async Task<int> RunAsync(string database, string writer, Figures results, TextWriter log)
    {
        var connections = new SqliteConnectionFactory(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        var estates = new SqliteEstateRepository(connections);
        var output = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, $"formatted-{writer}.xlsx");
        var query = new EstateQuery { ScopePath = $"/{CityShape.CityId}/", Page = 1, PageSize = 1000 };
        var asOf = DateOnly.FromDateTime(DateTime.Today);
        using var self = Process.GetCurrentProcess();

        var runs = new List<(double Wall, double Cpu, long Allocated, int Rows)>();
        for (var run = 0; run < 2; run++) // the first pays for JIT and a cold page cache
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var summary = EstateRegistryTable.Summary("全市", asOf, await estates.SubtotalsByCommunityAsync(query));
            int rows;
            await using (var file = File.Create(output))
            {
                rows = writer switch
                {
                    "closedxml" => await ClosedXmlAsync(estates, query, asOf, summary, file),
                    "streamed" => StreamedWorkbookWriter.Write(file,
                    [
                        new StreamedSheet(EstateRegistryTable.Layout("全市", asOf), estates.StreamAsync(query).ToBlockingEnumerable().Select(EstateRegistryTable.Row)),
                        new StreamedSheet(summary, summary.Rows),
                    ])[0],
                    _ => throw new ArgumentException("--writer is closedxml or streamed."),
                };
            }
            var wall = watch.Elapsed.TotalMilliseconds;
            self.Refresh();
            runs.Add((wall, (self.TotalProcessorTime - cpuBefore).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, rows));
        }
        self.Refresh();
        var peakMb = self.PeakWorkingSet64 / 1_048_576.0;
        var warm = runs[1];
        var kb = new FileInfo(output).Length / 1024.0;
        var key = $"formatted.{writer}";
        log.WriteLine($"formatted export ({writer}): {warm.Rows} rows, {kb:0} KB; warm {warm.Wall:0} ms wall, CPU {warm.Cpu:0} ms, "
            + $"allocated {warm.Allocated / 1_048_576.0:0} MB (first {runs[0].Wall:0} ms); process peak working set {peakMb:0} MB; load {File.ReadAllText("/proc/loadavg").Trim()}");
        results.Add($"{key}.rows", warm.Rows);
        results.Add($"{key}.kb", kb);
        results.Add($"{key}.warm.ms", warm.Wall);
        results.Add($"{key}.warm.cpu.ms", warm.Cpu);
        results.Add($"{key}.allocated.mb", warm.Allocated / 1_048_576.0);
        results.Add($"{key}.peak.mb", peakMb);
        File.Delete(output);
        return 0;
    }

    // RegistryExportController.Export before issue 19's streamed export, step for step.
    private static async Task<int> ClosedXmlAsync(IEstateRepository estates, EstateQuery query, DateOnly asOf, TableExport summary, Stream output)
    {
        var all = new List<Estate>();
        for (var page = 1; ; page++)
        {
            var result = await estates.SearchAsync(query with { Page = page, PageSize = 1000 });
            all.AddRange(result.Items);
            if (!result.HasNext)
                break;
        }
        using var workbook = TableWorkbookWriter.NewWorkbook();
        TableWorkbookWriter.AddSheet(workbook, EstateRegistryTable.Build("全市", asOf, all));
        TableWorkbookWriter.AddSheet(workbook, summary);
        workbook.SaveAs(output);
        return all.Count;
    }
}
