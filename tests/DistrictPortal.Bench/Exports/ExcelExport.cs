using System.Diagnostics;
using System.Net;
using Dapper;
using DistrictPortal.Bench.Generation;
using DistrictPortal.Bench.Load;
using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Documents.Excel;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Exports;

/// <summary>
/// The bulk registry export of issue 7 (≤ 2 s and ≤ 250 MB for 50,000 estates), in this process so its peak memory
/// is the export's: every estate of the city read unbuffered from the generated database (the registry's own SELECT)
/// straight into Documents' <see cref="RegistryBulkExport"/>. The first export pays for JIT and cold caches; the second
/// is what a running portal pays. Peak memory is this whole process's peak resident set, runtime included.
/// Wall time and CPU time are both kept: on a machine shared with other work the wall time stretches and CPU does not.
/// When the portal serves /estates/export.xlsx, the endpoint is timed too.
/// </summary>
internal static class ExcelExport
{
    // SqliteEstateRepository's SelectEstate and FromEstate, in registry order.
    private const string AllEstates = """
        SELECT n.Id, n.ParentId AS CommunityId, n.Name, e.Address, e.YearBuilt, e.IsCompleteSet, e.Buildings,
               e.Households, e.FloorArea, e.ManagementRoomArea, e.IsManagementRoomInterim, e.Class, e.Status,
               e.Mode, e.IsPilot, e.IsBenchmark, e.SixHaves, e.EightHaves, n.IsRetired, e.Version,
               c.Name AS CommunityName, IFNULL(s.Id, 0) AS SubDistrictId, IFNULL(s.Name, '') AS SubDistrictName, n.Path
        FROM Estate e
        JOIN Node n ON n.Id = e.Id
        JOIN Node c ON c.Id = n.ParentId
        LEFT JOIN Node s ON s.Id = c.ParentId
        ORDER BY n.Path
        """;

    public static async Task<int> RunAsync(string database, string? url, int? portalPid, Figures results, TextWriter log)
    {
        var connections = new SqliteConnectionFactory(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        var output = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "registry-export.xlsx");
        var times = new List<double>();
        var cpu = new List<double>();
        var rows = 0;
        using var self = Process.GetCurrentProcess();
        for (var run = 0; run < 2; run++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await using (var connection = await connections.OpenAsync())
            await using (var file = File.Create(output))
                rows = RegistryBulkExport.WriteEstates(file, connection.Query<Estate>(AllEstates, buffered: false));
            times.Add(watch.Elapsed.TotalMilliseconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        var peakMb = self.PeakWorkingSet64 / 1_048_576.0;
        var size = new FileInfo(output).Length;
        log.WriteLine($"excel: {rows} rows, {size / 1024} KB; first {times[0]:0} ms, warm {times[1]:0} ms (CPU {cpu[1]:0} ms); process peak {peakMb:0} MB");
        results.Add("excel.rows", rows);
        results.Add("excel.kb", size / 1024.0);
        results.Add("excel.cold.ms", times[0]);
        results.Add("excel.warm.ms", times[1]);
        results.Add("excel.warm.cpu.ms", cpu[1]);
        results.Add("excel.peak.mb", peakMb);

        if (url is not null)
            await EndpointAsync(new Uri(url), portalPid, results, log);
        return 0;
    }

    private static async Task EndpointAsync(Uri baseAddress, int? portalPid, Figures results, TextWriter log)
    {
        using var admin = await PortalSession.SignInAsync(baseAddress, CityShape.AdminUserName, CityShape.Password);
        var before = ResidentMb(portalPid);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        // The portal's resident set, sampled while the export runs: what the request adds is the export's.
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                if (ResidentMb(portalPid) is { } now && now > (peak ?? 0))
                    peak = now;
                await Task.Delay(10);
            }
        });
        var watch = Stopwatch.StartNew();
        using var response = await admin.Http.GetAsync("/estates/export.xlsx", HttpCompletionOption.ResponseHeadersRead);
        var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
        var ms = watch.Elapsed.TotalMilliseconds;
        await sampling.CancelAsync();
        await sampler;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var state = response.StatusCode == HttpStatusCode.NotFound ? "not present" : $"HTTP {(int)response.StatusCode}";
            log.WriteLine($"excel endpoint /estates/export.xlsx: {state}");
            results.Add("excel.endpoint.state", state);
            return;
        }
        log.WriteLine($"excel endpoint /estates/export.xlsx: {bytes / 1024} KB in {ms:0} ms; portal resident {before:0} MB before, peak {peak:0} MB");
        results.Add("excel.endpoint.state", "present");
        results.Add("excel.endpoint.ms", ms);
        results.Add("excel.endpoint.kb", bytes / 1024.0);
        if (before is { } b && peak is { } p)
        {
            results.Add("excel.endpoint.before.mb", b);
            results.Add("excel.endpoint.peak.mb", p);
            results.Add("excel.endpoint.added.mb", p - b);
        }
    }

    /// <summary>The portal process's resident set (VmRSS) in MB, or null when not known.</summary>
    private static double? ResidentMb(int? pid)
    {
        if (pid is null)
            return null;
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
