using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Bench.Generation;
using DistrictPortal.Web.Infrastructure.Jobs;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// The Friday peak (issue 8): every sub-district's officer, each signed in as themselves, opens this week's return,
/// ticks one more of the six haves on an open estate and submits — all 200 posts released at the same instant. Then the
/// database is read directly: every return must be there, submitted, with the tick that was posted. Sign-in and the
/// page reads happen before the clock starts; the figures are the submissions' own.
/// </summary>
internal static partial class FridayPeak
{
    private static readonly string[] Haves = ["Organisation", "Cleaning", "Repairs", "Greening", "Security", "Parking"];

    private sealed record Officer(string UserName, long SubDistrictId);

    private sealed record Prepared(Officer Officer, PortalSession Session, List<KeyValuePair<string, string>> Form, long? TickedEstate, int Bit);

    public static async Task<int> RunAsync(Uri baseAddress, string database, Figures results, TextWriter log)
    {
        ThreadPool.SetMinThreads(256, 256);
        var week = CampaignDirectory.WeekEndingAt(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var officers = Officers(database);
        var before = Count(database, "SELECT COUNT(*) FROM WeeklyReturn WHERE WeekEnding = $week", week);
        if (before != 0)
            log.WriteLine($"warning: {before} returns for {week} exist already (a reused database?)");

        var signIn = Stopwatch.StartNew();
        var prepared = new Prepared[officers.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, officers.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var officer = officers[i];
            var session = await PortalSession.SignInAsync(baseAddress, officer.UserName, CityShape.Password);
            var page = await session.Http.GetStringAsync($"/returns/{officer.SubDistrictId}/{week}");
            prepared[i] = Prepare(officer, session, page);
        });
        log.WriteLine($"friday: {officers.Count} officers signed in and read their return in {signIn.Elapsed.TotalSeconds:0.0} s");
        results.Add("friday.prepare.s", signIn.Elapsed.TotalSeconds);

        using var release = new ManualResetEventSlim(false);
        var latencies = new Latencies();
        var failures = new List<string>();
        var wall = new Stopwatch();
        var posts = prepared.Select(p => Task.Run(async () =>
        {
            release.Wait();
            var start = Stopwatch.GetTimestamp();
            using var response = await p.Session.Http.PostAsync($"/returns/{p.Officer.SubDistrictId}/{week}", new FormUrlEncodedContent(p.Form));
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            latencies.Add(ms);
            var location = response.Headers.Location?.OriginalString;
            if (response.StatusCode != HttpStatusCode.Redirect || location != $"/returns/{p.Officer.SubDistrictId}/{week}")
                lock (failures)
                    failures.Add($"{p.Officer.UserName}: HTTP {(int)response.StatusCode} {Excerpt(body)}");
        })).ToList();
        await Task.Delay(500); // let every task reach the gate
        wall.Start();
        release.Set();
        await Task.WhenAll(posts);
        wall.Stop();

        var saved = Count(database, "SELECT COUNT(*) FROM WeeklyReturn WHERE WeekEnding = $week AND Status = 2", week);
        var ticked = prepared.Where(p => p.TickedEstate is not null).ToList();
        var kept = ticked.Count(p => Count(database,
            $"SELECT COUNT(*) FROM ReturnRow rr JOIN WeeklyReturn r ON r.Id = rr.WeeklyReturnId WHERE r.WeekEnding = $week AND rr.EstateId = {p.TickedEstate} AND (rr.SixHaves & {p.Bit}) <> 0",
            week) == 1);
        foreach (var failure in failures.Take(5))
            log.WriteLine($"  refused: {failure}");
        log.WriteLine($"friday: {officers.Count} posted, {officers.Count - failures.Count} answered 302, {saved} saved as submitted, "
            + $"{kept}/{ticked.Count} ticks kept; p50 {latencies.Percentile(50):0} ms p95 {latencies.Percentile(95):0} ms max {latencies.Max():0} ms, all done in {wall.Elapsed.TotalSeconds:0.0} s");
        results.Add("friday.posted", officers.Count);
        results.Add("friday.accepted", officers.Count - failures.Count);
        results.Add("friday.saved", saved);
        results.Add("friday.ticks", $"{kept}/{ticked.Count}");
        results.Add("friday.p50", latencies.Percentile(50));
        results.Add("friday.p95", latencies.Percentile(95));
        results.Add("friday.max", latencies.Max());
        results.Add("friday.wall.s", wall.Elapsed.TotalSeconds);
        foreach (var p in prepared)
            p.Session.Dispose();
        return saved == officers.Count && failures.Count == 0 && kept == ticked.Count ? 0 : 1;
    }

    /// <summary>The page's form as a browser would post it, plus one more have ticked on the first open estate lacking one.</summary>
    private static Prepared Prepare(Officer officer, PortalSession session, string page)
    {
        var form = FormScraper.Fields(page, "return-form");
        form.Add(new("Command", "submit"));
        var struck = form.Where(f => f.Value == "true" && f.Key.EndsWith(".IsStruckOff", StringComparison.Ordinal)).Select(f => f.Key).ToHashSet();
        foreach (var mode in form.Where(f => f.Key.EndsWith(".Mode", StringComparison.Ordinal)).Select(f => f.Key).ToList())
        {
            var prefix = mode[..^".Mode".Length];
            if (struck.Contains(prefix + ".IsStruckOff"))
                continue;
            var has = form.Where(f => f.Key == prefix + ".SixHaves").Select(f => f.Value).ToHashSet();
            var missing = Array.FindIndex(Haves, h => !has.Contains(h));
            if (missing < 0)
                continue;
            form.Add(new(prefix + ".SixHaves", Haves[missing]));
            var estate = long.Parse(EstateId().Match(prefix).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new Prepared(officer, session, form, estate, 1 << missing);
        }
        return new Prepared(officer, session, form, null, 0);
    }

    private static List<Officer> Officers(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT UserName, ScopeNodeId FROM [User] WHERE Role = 3 AND UserName LIKE 'bench-sd-%' ORDER BY Id";
        using var reader = command.ExecuteReader();
        var officers = new List<Officer>();
        while (reader.Read())
            officers.Add(new Officer(reader.GetString(0), reader.GetInt64(1)));
        return officers;
    }

    private static long Count(string database, string sql, string week)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$week", week);
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Excerpt(string html)
    {
        var refusal = Regex.Match(html, "class=\"[^\"]*(?:alert|refusal|error)[^\"]*\"[^>]*>(.*?)</", RegexOptions.Singleline);
        var text = refusal.Success ? refusal.Groups[1].Value : html;
        text = Regex.Replace(text, "<[^>]+>", " ");
        return text.Length > 160 ? text[..160] : text;
    }

    [GeneratedRegex(@"Rows\[(\d+)\]")]
    private static partial Regex EstateId();
}
