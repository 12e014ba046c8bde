using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using DistrictPortal.Bench.Generation;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// Page latency under load from this (second) process: for each page, a short warm-up, then a fixed number of
/// workers request it back to back for a fixed time; each answer is read to the end. The trivial page (the sign-in
/// form: the layout and a token, no database) is the yardstick every page is held to (issue 19: p50 ≤ 10× and
/// p95 ≤ 20× the trivial page's, with the page output cache off). Run once per portal: <c>--mode off</c> against a
/// portal started with <c>Portal__PageCache=false</c>, <c>--mode on</c> against one with the page cache on; figures are
/// kept per mode (page.off.league.p50 …).
/// </summary>
internal static class PageLatency
{
    /// <summary>Every page the report lists, in its order: key and label.</summary>
    public static readonly (string Key, string Label)[] Pages =
    [
        ("trivial", "trivial page (GET /account/login, anonymous)"),
        ("registry-city", "registry, city scope (GET /estates as the admin: 50,000 estates)"),
        ("registry-district", "registry, district scope (GET /estates as the district reviewer)"),
        ("registry-subdistrict", "registry, sub-district scope (GET /estates as a sub-district's officer: 250 estates)"),
        ("return", "one return (GET /returns/{sub-district}/{week}, the largest of the last accepted week)"),
        ("league", "league (GET /league: 200 sub-districts ranked, first page of 50 rows; the table comes from the in-process per-week tables, kept until the next change: its build is the next line)"),
        ("league-week", "league for a week nobody opened (GET /league?week=…, each request a week not asked for before: every table built afresh, ranked and rendered, from the district's history — every snapshot's headline and first submission — and its columns of today — retrofit, committees, look-backs, plans, standards —, both read once in process and kept until the next change, today's also a minute at most)"),
        ("trend", "trend (GET /league/trend)"),
        ("dashboard", "dashboard (GET /dashboard)"),
        ("committees", "committees board (GET /committees as the admin: 200 sub-districts' counts; the tracks of the city's 50,000 estates come from ChangeStampedReads, kept until the next change)"),
        ("retrofit", "retrofit board (GET /retrofit)"),
        ("funding", "funding board (GET /funding)"),
        ("matrix", "submission matrix (GET /returns/matrix)"),
        ("supervision", "supervision list (GET /supervision)"),
    ];

    public static async Task RunAsync(Uri baseAddress, string database, string mode, int seconds, int concurrency, Figures results, TextWriter log, IReadOnlySet<string>? only = null)
    {
        var (subDistrictId, week, rows) = BiggestLastReturn(database);
        var lastWeek = DateOnly.ParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var anonymous = new PortalSession(baseAddress);
        using var admin = await PortalSession.SignInAsync(baseAddress, CityShape.AdminUserName, CityShape.Password);
        using var reviewer = await PortalSession.SignInAsync(baseAddress, CityShape.ReviewerUserName, CityShape.Password);
        using var officer = await PortalSession.SignInAsync(baseAddress, CityShape.OfficerUserName(1), CityShape.Password);
        // Weeks nobody has asked for: the 103 before the last, handed out one per request, never twice (warm-up included).
        var unopened = new ConcurrentQueue<string>(Enumerable.Range(1, 103).Select(i => lastWeek.AddDays(-7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var urls = new Dictionary<string, (PortalSession Session, Func<string?> Url)>
        {
            ["trivial"] = (anonymous, () => "/account/login"),
            ["registry-city"] = (admin, () => "/estates"),
            ["registry-district"] = (reviewer, () => "/estates"),
            ["registry-subdistrict"] = (officer, () => "/estates"),
            ["return"] = (admin, () => $"/returns/{subDistrictId}/{week}"),
            ["league"] = (admin, () => "/league"),
            ["league-week"] = (admin, () => unopened.TryDequeue(out var w) ? $"/league?week={w}" : null),
            ["trend"] = (admin, () => "/league/trend"),
            ["dashboard"] = (admin, () => "/dashboard"),
            ["committees"] = (admin, () => "/committees"),
            ["retrofit"] = (admin, () => "/retrofit"),
            ["funding"] = (admin, () => "/funding"),
            ["matrix"] = (admin, () => "/returns/matrix"),
            ["supervision"] = (admin, () => "/supervision"),
        };
        results.Add("load.concurrency", concurrency);
        results.Add("load.seconds", seconds);
        results.Add("page.return.rows", rows);
        foreach (var (key, label) in Pages.Where(p => only is null || only.Contains(p.Key)))
        {
            var (session, url) = urls[key];
            results.Add($"page.{key}.label", label);
            var prefix = $"page.{mode}.{key}";
            using (var probe = await session.Http.GetAsync(key == "league-week" ? "/league" : url()!))
            {
                if (probe.StatusCode != HttpStatusCode.OK)
                {
                    var state = probe.StatusCode == HttpStatusCode.NotFound ? "not present" : $"HTTP {(int)probe.StatusCode}";
                    log.WriteLine($"{label}: {state}");
                    results.Add($"{prefix}.state", state);
                    continue;
                }
                // The page's weight as sent (issue 15 holds the return page to it): the body, read whole.
                results.Add($"{prefix}.bytes", (await probe.Content.ReadAsByteArrayAsync()).Length);
            }
            if (key != "league-week")
                await HammerAsync(session.Http, url, TimeSpan.FromSeconds(2), concurrency); // warm-up, not counted
            var (latencies, errors, elapsed, cached) = await HammerAsync(session.Http, url, TimeSpan.FromSeconds(seconds), concurrency);
            var rps = latencies.Count / elapsed.TotalSeconds;
            log.WriteLine($"[cache {mode}] {label}: n={latencies.Count} p50={latencies.Percentile(50):0.0} ms p95={latencies.Percentile(95):0.0} ms {rps:0} req/s errors={errors} from the page cache={cached}");
            results.Add($"{prefix}.state", "present");
            results.Add($"{prefix}.n", latencies.Count);
            results.Add($"{prefix}.p50", latencies.Percentile(50));
            results.Add($"{prefix}.p95", latencies.Percentile(95));
            results.Add($"{prefix}.rps", rps);
            results.Add($"{prefix}.errors", errors);
            // How many answers the page output cache served (it marks them with an Age header): the report says it.
            results.Add($"{prefix}.cached", cached);
        }
    }

    /// <summary>
    /// Workers request <paramref name="next"/>'s URL back to back until the time is up or it has no more. Cached counts
    /// the answers the page output cache served: ASP.NET Core's output cache sends an Age header with those, and only those.
    /// </summary>
    private static async Task<(Latencies Latencies, int Errors, TimeSpan Elapsed, int Cached)> HammerAsync(HttpClient http, Func<string?> next, TimeSpan duration, int concurrency)
    {
        var latencies = new Latencies();
        var errors = 0;
        var cached = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = new List<double>();
            var buffer = new byte[64 * 1024];
            while (clock.Elapsed < duration && next() is { } url)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                    while (await body.ReadAsync(buffer) > 0) { }
                if (response.StatusCode == HttpStatusCode.OK)
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                else
                    Interlocked.Increment(ref errors);
                if (response.Headers.Age is not null)
                    Interlocked.Increment(ref cached);
            }
            latencies.AddRange(mine);
        }).ToList();
        await Task.WhenAll(workers);
        return (latencies, errors, clock.Elapsed, cached);
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
