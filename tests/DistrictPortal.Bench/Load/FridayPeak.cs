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

    private sealed record Prepared(Officer Officer, PortalSession Session, List<KeyValuePair<string, string>> Form, long? TickedEstate, int Bit)
    {
        /// <summary>
        /// The form as sent, encoded before the clock starts: 200 browsers encode on 200 machines, while this process
        /// shares the portal's two cores, so encoding ~1,400 fields 200 times inside the measured second would be
        /// charged to the portal's latency (issue 19).
        /// </summary>
        public byte[] Body { get; } = new FormUrlEncodedContent(Form).ReadAsByteArrayAsync().GetAwaiter().GetResult();
    }

    /// <param name="hold">Seconds to wait, once everyone is signed in and every form read, before the posts are released:
    /// time to attach a profiler (dotnet-trace) to the portal for the submissions alone.</param>
    public static async Task<int> RunAsync(Uri baseAddress, string database, Figures results, TextWriter log, int? portalPid = null, int hold = 0)
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
            using var content = new ByteArrayContent(p.Body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
            using var response = await p.Session.Http.PostAsync($"/returns/{p.Officer.SubDistrictId}/{week}", content);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            latencies.Add(ms);
            var location = response.Headers.Location?.OriginalString;
            if (response.StatusCode != HttpStatusCode.Redirect || location != $"/returns/{p.Officer.SubDistrictId}/{week}")
                lock (failures)
                    failures.Add($"{p.Officer.UserName}: HTTP {(int)response.StatusCode} {Excerpt(body)}");
        })).ToList();
        await Task.Delay(500); // let every task reach the gate
        if (hold > 0)
        {
            log.WriteLine($"friday: ready, releasing the posts in {hold} s");
            await log.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        // The portal's side of the peak (issue 19's profile): its CPU time over the wall time says whether it worked or
        // waited, its thread count whether requests held threads while they waited.
        var cpuBefore = PortalProcess.CpuMs(portalPid);
        var threadsBefore = PortalProcess.Threads(portalPid);
        var maxThreads = threadsBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                if (PortalProcess.Threads(portalPid) is { } now && now > (maxThreads ?? 0))
                    maxThreads = now;
                await Task.Delay(20);
            }
        });
        wall.Start();
        release.Set();
        await Task.WhenAll(posts);
        wall.Stop();
        await sampling.CancelAsync();
        await sampler;
        if (cpuBefore is { } c0 && PortalProcess.CpuMs(portalPid) is { } c1)
        {
            var cores = (c1 - c0) / wall.Elapsed.TotalMilliseconds;
            log.WriteLine($"friday: portal CPU {c1 - c0:0} ms over {wall.Elapsed.TotalMilliseconds:0} ms wall ({cores:0.00} cores busy); threads {threadsBefore} before, at most {maxThreads} during");
            results.Add("friday.portal.cpu.ms", c1 - c0);
            results.Add("friday.portal.cores", cores);
            results.Add("friday.portal.threads.before", threadsBefore ?? 0);
            results.Add("friday.portal.threads.max", maxThreads ?? 0);
        }

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

/// <summary>A process's CPU time and thread count from /proc (Linux), null elsewhere or when it is gone.</summary>
internal static class PortalProcess
{
    public static double? CpuMs(int? pid)
    {
        try
        {
            if (pid is null)
                return null;
            // Fields 14 and 15 of /proc/pid/stat (after the parenthesised name) are user and system time in clock ticks.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return ticks * 10.0; // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static int? Threads(int? pid)
    {
        try
        {
            var line = pid is null ? null : File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Threads:", StringComparison.Ordinal));
            return line is null ? null : int.Parse(line["Threads:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
