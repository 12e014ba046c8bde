using System.Diagnostics;
using System.Net;
using DistrictPortal.Bench.Generation;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// Page latency under load from this (second) process: for each page, a short warm-up, then a fixed number of
/// workers request it back to back for a fixed time; each answer is read to the end. A trivial page (the sign-in form:
/// the layout and a token, no database) is the yardstick the league page is held to (issue 6: p50 ≤ 3× trivial).
/// </summary>
internal static class PageLatency
{
    public static async Task RunAsync(Uri baseAddress, string database, int seconds, int concurrency, Figures results, TextWriter log, IReadOnlySet<string>? only = null)
    {
        var (subDistrictId, week, rows) = BiggestLastReturn(database);
        using var anonymous = new PortalSession(baseAddress);
        using var admin = await PortalSession.SignInAsync(baseAddress, CityShape.AdminUserName, CityShape.Password);
        var pages = new (string Key, string Label, PortalSession Session, string Url)[]
        {
            ("trivial", "trivial page (GET /account/login, anonymous)", anonymous, "/account/login"),
            ("registry", "registry list (GET /estates, city scope, 50,000 estates)", admin, "/estates"),
            ("return", $"one return (GET /returns/{subDistrictId}/{week}, {rows} rows)", admin, $"/returns/{subDistrictId}/{week}"),
            ("league", "league table (GET /league: 200 sub-districts ranked, the first page of 50 rows)", admin, "/league"),
            ("league-all", "league table, all 200 rows on one page (GET /league?all=true)", admin, "/league?all=true"),
            ("dashboard", "bureau dashboard (GET /dashboard: headlines, top and bottom five, overdue lists, two charts)", admin, "/dashboard"),
        };
        results.Add("load.concurrency", concurrency);
        results.Add("load.seconds", seconds);
        foreach (var (key, label, session, url) in pages.Where(p => only is null || only.Contains(p.Key)))
        {
            results.Add($"page.{key}.label", label);
            using (var probe = await session.Http.GetAsync(url))
            {
                if (probe.StatusCode != HttpStatusCode.OK)
                {
                    var state = probe.StatusCode == HttpStatusCode.NotFound ? "not present" : $"HTTP {(int)probe.StatusCode}";
                    log.WriteLine($"{label}: {state}");
                    results.Add($"page.{key}.state", state);
                    continue;
                }
            }
            await HammerAsync(session.Http, url, TimeSpan.FromSeconds(2), concurrency); // warm-up, not counted
            var (latencies, errors, elapsed) = await HammerAsync(session.Http, url, TimeSpan.FromSeconds(seconds), concurrency);
            var rps = latencies.Count / elapsed.TotalSeconds;
            log.WriteLine($"{label}: n={latencies.Count} p50={latencies.Percentile(50):0.0} ms p95={latencies.Percentile(95):0.0} ms {rps:0} req/s errors={errors}");
            results.Add($"page.{key}.state", "present");
            results.Add($"page.{key}.n", latencies.Count);
            results.Add($"page.{key}.p50", latencies.Percentile(50));
            results.Add($"page.{key}.p95", latencies.Percentile(95));
            results.Add($"page.{key}.rps", rps);
            results.Add($"page.{key}.errors", errors);
        }
        if (only is null || only.Contains("league-first"))
            await FirstLooksAsync(admin.Http, DateOnly.ParseExact(week, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), results, log);
    }

    /// <summary>
    /// The league's other path: the first request for a week nobody has asked for builds its table and renders its
    /// rows, as the first request after any change does. One at a time, twenty earlier weeks, each new.
    /// </summary>
    private static async Task FirstLooksAsync(HttpClient http, DateOnly lastWeek, Figures results, TextWriter log)
    {
        const int Weeks = 20;
        var latencies = new Latencies();
        for (var i = 1; i <= Weeks; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync($"/league?week={lastWeek.AddDays(-7 * i):yyyy-MM-dd}");
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"/league for {lastWeek.AddDays(-7 * i):yyyy-MM-dd} answered {(int)response.StatusCode}");
            latencies.AddRange([Stopwatch.GetElapsedTime(start).TotalMilliseconds]);
        }
        log.WriteLine($"league, first request for a week: p50={latencies.Percentile(50):0.0} ms max={latencies.Max():0.0} ms");
        results.Add("page.league-first.p50", latencies.Percentile(50));
        results.Add("page.league-first.max", latencies.Max());
    }

    private static async Task<(Latencies Latencies, int Errors, TimeSpan Elapsed)> HammerAsync(HttpClient http, string url, TimeSpan duration, int concurrency)
    {
        var latencies = new Latencies();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = new List<double>();
            var buffer = new byte[64 * 1024];
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                    while (await body.ReadAsync(buffer) > 0) { }
                if (response.StatusCode == HttpStatusCode.OK)
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                else
                    Interlocked.Increment(ref errors);
            }
            latencies.AddRange(mine);
        }).ToList();
        await Task.WhenAll(workers);
        return (latencies, errors, clock.Elapsed);
    }

    /// <summary>The largest of last week's accepted returns: the heaviest "one return" page there is.</summary>
    private static (long SubDistrictId, string Week, long Rows) BiggestLastReturn(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.SubDistrictId, r.WeekEnding, (SELECT COUNT(*) FROM ReturnRow rr WHERE rr.WeeklyReturnId = r.Id) AS Rows
            FROM WeeklyReturn r
            WHERE r.Status = 4 AND r.WeekEnding = (SELECT MAX(WeekEnding) FROM WeeklyReturn WHERE Status = 4)
            ORDER BY Rows DESC, r.SubDistrictId
            LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            throw new InvalidOperationException("The database has no accepted return: generate it first.");
        return (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
    }
}
