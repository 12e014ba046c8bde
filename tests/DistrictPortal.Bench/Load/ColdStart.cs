using System.Diagnostics;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// Cold start: from the moment scripts/bench.sh launched the portal (its clock, passed in) to the first 200 from
/// /health, which answers only once migrations have run and the database responds.
/// </summary>
internal static class ColdStart
{
    public static async Task<int> WaitAsync(Uri baseAddress, long startedUnixNs, Figures results, TextWriter log, string key = "coldstart.ms")
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < TimeSpan.FromMinutes(3))
        {
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    var nowNs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
                    var ms = (nowNs - startedUnixNs) / 1_000_000.0;
                    log.WriteLine($"cold start: healthy after {ms:0} ms");
                    results.Add(key, ms);
                    return 0;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }
            await Task.Delay(25);
        }
        await Console.Error.WriteLineAsync("The portal did not become healthy within 3 minutes.");
        return 1;
    }
}
