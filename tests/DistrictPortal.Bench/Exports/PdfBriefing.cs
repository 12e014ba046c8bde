using System.Diagnostics;
using System.Globalization;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Charts;
using DistrictPortal.Documents.Pdf.Briefing;
using Microsoft.Data.Sqlite;
using PdfSharp.Pdf.IO;

namespace DistrictPortal.Bench.Exports;

/// <summary>
/// A 20-page briefing of issue 7 (≤ 500 KB, ≤ 1 s) rendered by Documents' <see cref="BriefingRenderer"/> from the
/// generated city: the largest sub-district's last accepted week, its 104-week trend against the district's, its
/// league position among 200, the top and bottom ten as bars, and long tables (the district's open estates as overdue
/// items, committee alerts) as the Documents test's 20-page sample has them. The retrofit and funding tables are
/// made up like that sample's: the generated city has no retrofit or funding data yet.
/// </summary>
internal static class PdfBriefing
{
    private sealed record Week(long SubDistrictId, string Name, DateOnly WeekEnding, bool OnTime, ReturnSnapshot Snapshot);

    public static int Run(string database, Figures results, TextWriter log)
    {
        var data = Build(database);
        var times = new List<double>();
        var cpu = new List<double>();
        byte[] pdf = [];
        using var self = Process.GetCurrentProcess();
        for (var run = 0; run < 4; run++)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            pdf = BriefingRenderer.Render(data);
            times.Add(watch.Elapsed.TotalMilliseconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = document.PageCount;
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "briefing.pdf"), pdf);
        self.Refresh();
        var peakMb = self.PeakWorkingSet64 / 1_048_576.0;
        var warm = times.Skip(1).Order().ElementAt(1);
        var warmCpu = cpu.Skip(1).Order().ElementAt(1);
        log.WriteLine($"pdf: {pages} pages, {pdf.Length / 1024} KB; first {times[0]:0} ms, warm median {warm:0} ms (CPU {warmCpu:0} ms); process peak {peakMb:0} MB");
        results.Add("pdf.pages", pages);
        results.Add("pdf.kb", pdf.Length / 1024.0);
        results.Add("pdf.cold.ms", times[0]);
        results.Add("pdf.warm.ms", warm);
        results.Add("pdf.warm.cpu.ms", warmCpu);
        results.Add("pdf.peak.mb", peakMb);
        return 0;
    }

    private static BriefingData Build(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var weeks = Snapshots(connection);
        var last = weeks.Max(w => w.WeekEnding);
        var node = weeks.Where(w => w.WeekEnding == last).OrderByDescending(w => w.Snapshot.Baseline).ThenBy(w => w.SubDistrictId).First();
        var league = League(weeks, last);
        var previous = League(weeks, last.AddDays(-7));
        league = LeagueTable.Rank(league.Select(r => r.Entry with { PreviousRank = previous.First(p => p.Entry.SubDistrictId == r.Entry.SubDistrictId).Rank }));
        var shown = league.Where(r => r.Rank is <= 10 || r.Rank > league.Count - 10 || r.Entry.SubDistrictId == node.SubDistrictId);
        var district = weeks.GroupBy(w => w.WeekEnding).OrderBy(g => g.Key)
            .Select(g => new TrendPoint(g.Key, ReturnFigures.Percent(g.Sum(w => w.Snapshot.Covered), g.Sum(w => w.Snapshot.Baseline)))).ToList();
        var own = weeks.Where(w => w.SubDistrictId == node.SubDistrictId).OrderBy(w => w.WeekEnding).ToList();

        return new BriefingData
        {
            NodeName = node.Name,
            Level = NodeLevel.SubDistrict,
            WeekEnding = last,
            SnapshotId = $"S-{last:yyyy-MM-dd}-{node.Snapshot.Id:0000}",
            GeneratedAt = DateTimeOffset.UtcNow,
            Headline = BriefingHeadline.From(node.Snapshot, league.First(r => r.Entry.SubDistrictId == node.SubDistrictId).Entry.OnTimeRate),
            League = LeaguePosition.From(league, node.SubDistrictId),
            NodeTrend = own.Select(w => new TrendPoint(w.WeekEnding, w.Snapshot.PercentCleared)).ToList(),
            DistrictTrend = district,
            TargetDate = last.AddDays(7 * 27),
            LeagueStandings = LeagueBar.From(shown, node.SubDistrictId),
            Narrative =
            [
                new("本周进展", $"本周新增销号 {node.Snapshot.NewlyCovered} 个小区，其余小区按“一小区一方案”推进。"),
                new("存在问题", "部分小区业主对物业服务费标准意见不一，征求意见回收率偏低。"),
                new("下周计划", "继续入户征求意见，推动已表决小区签订物业服务合同。"),
            ],
            OverdueItems = BriefingTables.Overdue(OpenEstates(connection, last, 360).Select((e, i) =>
                new OverdueItem(e.Name, i % 3 == 0 ? "征求意见逾期" : i % 3 == 1 ? "业主大会/选举业委会逾期" : "督办：连续两周未按时报送",
                    last.AddDays(-(i % 60)), i * 3 % 97 + 1, e.Community))),
            Committees = BriefingTables.Committees(OpenEstates(connection, last, 220, skip: 360).Select((e, i) =>
                new CommitteeAlert(e.Id, e.Name, (CommitteeAlertKind)(i % 5 + 1), last.AddDays(i % 40 - 20), i * 7 % 60))),
            RetrofitProgress = BriefingTables.Retrofit(Enumerable.Range(1, 40).Select(i =>
                ($"社区{i:00}", RetrofitProgress.Compute(i, TargetPeriod.CalendarYear(last.Year), 120_000m + i * 5_000m, 80_000m + i * 9_871.5m, 12_000m, last)))),
            FundingBalance = BriefingTables.Funding(OpenEstates(connection, last, 40, skip: 580).Select((e, i) =>
                (e.Name, FundingReconciliation.ForNode(i,
                    [new CostItem { NodeId = i, Category = CostCategory.EnvironmentWorks, Amount = 100_000.01m * (i + 1) }],
                    [new Payment { NodeId = i, Payer = Payer.City, Amount = 50_000m * (i + 1), PaidDate = last }])))),
        };
    }

    /// <summary>The week's league from the snapshots: % cleared, newly cleared and the 13-week on-time rate, ranked by Core.</summary>
    private static IReadOnlyList<LeagueRow> League(IReadOnlyList<Week> weeks, DateOnly week) =>
        LeagueTable.Rank(weeks.Where(w => w.WeekEnding == week).Select(w =>
        {
            var recent = weeks.Where(x => x.SubDistrictId == w.SubDistrictId && x.WeekEnding <= week && x.WeekEnding > week.AddDays(-7 * OnTimeRate.DefaultWeeks)).ToList();
            var onTime = ReturnFigures.Percent(recent.Count(x => x.OnTime), recent.Count);
            return new LeagueEntry(w.SubDistrictId, w.Name, w.Snapshot.Baseline, w.Snapshot.PercentCleared, w.Snapshot.NewlyCovered, onTime);
        }));

    private static List<Week> Snapshots(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Id, SubDistrictId, SubDistrictName, WeekEnding, WasOnTime, Baseline, Covered, Remaining, PercentCleared,
                   NewlyCovered, CommitteesFormed, HouseholdsCovered
            FROM ReturnSnapshot ORDER BY WeekEnding, SubDistrictId
            """;
        using var reader = command.ExecuteReader();
        var weeks = new List<Week>();
        while (reader.Read())
        {
            var snapshot = new ReturnSnapshot
            {
                Id = reader.GetInt64(0),
                SubDistrictId = reader.GetInt64(1),
                SubDistrictName = reader.GetString(2),
                WeekEnding = DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                WasOnTime = reader.GetInt64(4) == 1,
                Baseline = reader.GetInt32(5),
                Covered = reader.GetInt32(6),
                Remaining = reader.GetInt32(7),
                PercentCleared = reader.IsDBNull(8) ? null : decimal.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
                NewlyCovered = reader.GetInt32(9),
                CommitteesFormed = reader.GetInt32(10),
                HouseholdsCovered = reader.GetInt64(11),
            };
            weeks.Add(new Week(snapshot.SubDistrictId, snapshot.SubDistrictName, snapshot.WeekEnding, snapshot.WasOnTime, snapshot));
        }
        return weeks;
    }

    private static List<(long Id, string Name, string Community)> OpenEstates(SqliteConnection connection, DateOnly week, int take, int skip = 0)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT rr.EstateId, rr.EstateName, c.Name
            FROM ReturnRow rr
            JOIN WeeklyReturn r ON r.Id = rr.WeeklyReturnId
            JOIN Node n ON n.Id = rr.EstateId
            JOIN Node c ON c.Id = n.ParentId
            WHERE r.WeekEnding = $week AND rr.IsStruckOff = 0
            ORDER BY rr.EstateId
            LIMIT $take OFFSET $skip
            """;
        command.Parameters.AddWithValue("$week", week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$take", take);
        command.Parameters.AddWithValue("$skip", skip);
        using var reader = command.ExecuteReader();
        var estates = new List<(long, string, string)>();
        while (reader.Read())
            estates.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return estates;
    }
}
