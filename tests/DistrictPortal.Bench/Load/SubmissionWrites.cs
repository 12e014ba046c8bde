using System.Diagnostics;
using DistrictPortal.Bench.Generation;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Web.Infrastructure.Jobs;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// The database's share of one Friday submission (issue 19's profile), in this process, one after another: what
/// ReturnWorkflowService asks of the repository for a first submission of the week (since issue 19, one write: the
/// return created as submitted, with its rows and audit), for each sub-district in turn, with the CPU time per submission. Compared
/// with the portal's CPU time per submission during the peak (friday.portal.cpu.ms / 200), it says how much of a
/// submission is the database's writing and how much is the rest of the request.
/// </summary>
internal static class SubmissionWrites
{
    public static async Task<int> RunAsync(string database, int count, Figures results, TextWriter log)
    {
        var connections = new SqliteConnectionFactory(new SqliteConnectionStringBuilder { DataSource = database }.ToString());
        var returns = new SqliteWeeklyReturnRepository(connections);
        var week = CampaignDirectory.WeekEndingAt(DateTime.UtcNow);
        var shape = new CityShape(0);
        using var self = Process.GetCurrentProcess();
        var cpu = new List<double>();
        var wall = new List<double>();
        var rows = 0;
        for (var i = 1; i <= count + 1; i++)
        {
            var subDistrictId = shape.SubDistrictId(i);
            var last = await returns.GetLastAcceptedAsync(subDistrictId, week) ?? throw new InvalidOperationException($"No accepted return for {subDistrictId}.");
            var draft = new WeeklyReturn { SubDistrictId = subDistrictId, WeekEnding = week, Rows = last.Rows };
            rows = draft.Rows.Count;
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var change = new ChangeContext(1, "bench", DateTime.UtcNow);
            draft.Status = ReturnStatus.Submitted;
            draft.FirstSubmittedUtc = draft.LastSubmittedUtc = change.AtUtc;
            await returns.CreateAsync(draft, ReturnAudit.Created(week, change));
            self.Refresh();
            if (i == 1)
                continue; // JIT
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        cpu.Sort();
        wall.Sort();
        log.WriteLine($"submission writes: {count} returns (the last of {rows} rows), one at a time: CPU median {cpu[cpu.Count / 2]:0.0} ms, wall median {wall[wall.Count / 2]:0.0} ms; load {File.ReadAllText("/proc/loadavg").Trim()}");
        results.Add("writes.cpu.ms", cpu[cpu.Count / 2]);
        results.Add("writes.wall.ms", wall[wall.Count / 2]);
        return 0;
    }
}
