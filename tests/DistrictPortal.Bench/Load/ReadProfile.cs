using System.Diagnostics;
using DistrictPortal.Bench.Generation;
using DistrictPortal.Core.Estates;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Web.Infrastructure.Jobs;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// Which database reads a page pays for after a change (issue 19, before choosing an aggregate): each read behind
/// /estates at city scope and behind /league?week= for a week nobody opened, called in this process on the generated
/// database, several times each, with the median and its share of the page's reads. Shares are what to compare on a
/// busy machine; the milliseconds stretch with the load.
/// </summary>
internal static class ReadProfile
{
    public static async Task<int> RunAsync(string database, int repeat, Figures results, TextWriter log)
    {
        var connections = new SqliteConnectionFactory(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        var estates = new SqliteEstateRepository(connections);
        var league = new SqliteLeagueRepository(connections);
        var committees = new SqliteCommitteeRepository(connections);
        var retrofit = new SqliteRetrofitRepository(connections);
        var campaigns = new SqliteCampaignRepository(connections);
        var lookBacks = new SqliteLookBackRepository(connections);
        var plans = new SqlitePlanRepository(connections);
        var city = $"/{CityShape.CityId}/";
        var district = $"/{CityShape.CityId}/{CityShape.DistrictId}/";
        var week = CampaignDirectory.WeekEndingAt(DateTime.UtcNow).AddDays(-7);
        var campaignId = (await campaigns.GetForNodeAsync(district))?.Id ?? 0;
        var query = new EstateQuery { ScopePath = city, Page = 1, PageSize = 50 };
        var returns = new SqliteWeeklyReturnRepository(connections);
        var audit = new SqliteAuditRepository(connections);
        var shares = new SqliteReturnShareRepository(connections);
        var nodes = new SqliteNodeRepository(connections);
        var (subDistrictId, returnWeek, returnId) = BiggestLastReturn(connections);
        var subDistrictPath = (await nodes.GetByIdAsync(subDistrictId))?.Path ?? city;

        var pages = new (string Page, (string Read, Func<Task> Call)[] Reads)[]
        {
            ("registry, city scope (/estates)",
            [
                ("estates.SearchAsync (count + first page)", () => estates.SearchAsync(query)),
                ("estates.SubtotalsBySubDistrictAsync", () => estates.SubtotalsBySubDistrictAsync(query)),
            ]),
            ("the league's district history and columns of today (/league after a change; a week nobody opened reads none of them)",
            [
                ("campaigns.GetForNodeAsync", () => campaigns.GetForNodeAsync(district)),
                ("league.ReadStandingsAsync (the sub-districts)", () => league.ReadStandingsAsync(district, week, week.AddDays(-7))),
                ("league.ReadSnapshotHeadlinesAsync (every week)", () => league.ReadSnapshotHeadlinesAsync(district)),
                ("league.ReadSubmissionsAsync (every week)", () => league.ReadSubmissionsAsync(district, DateOnly.MinValue, DateOnly.MaxValue)),
                ("committees.ListRecordedTracksAsync", () => committees.ListRecordedTracksAsync(district)),
                ("retrofit.ListProjectsAsync", () => retrofit.ListProjectsAsync(district)),
                ("lookBacks.ListStruckOffInScopeAsync", () => lookBacks.ListStruckOffInScopeAsync(district)),
                ("lookBacks.ListInScopeAsync", () => lookBacks.ListInScopeAsync(district)),
                ("plans.ListAsync (the 计划逾期 column)", () => plans.ListAsync(campaignId, null)),
            ]),
            ("one return (/returns/{sub-district}/{week}, the largest of the last accepted week, page cache off)",
            [
                ("nothing (open a connection, SELECT 1: what every read pays)", () => NothingAsync(connections)),
                ("nodes.GetByIdAsync (the sub-district)", () => nodes.GetByIdAsync(subDistrictId)),
                ("campaigns.GetForNodeAsync", () => campaigns.GetForNodeAsync(subDistrictPath)),
                ("campaigns.ListCalendarAsync (the week's holidays)", () => campaigns.ListCalendarAsync(returnWeek.AddDays(-7), returnWeek.AddDays(7))),
                ("returns.GetAsync (the return and its rows)", () => returns.GetAsync(subDistrictId, returnWeek)),
                ("returns.GetLastAcceptedAsync (last week's rows)", () => returns.GetLastAcceptedAsync(subDistrictId, returnWeek)),
                ("campaigns.ListEstatesAsync (the sub-district's list)", () => campaigns.ListEstatesAsync(campaignId, subDistrictId)),
                ("audit.ListForEntityAsync (the return's trail)", () => audit.ListForEntityAsync(DistrictPortal.Core.Returns.ReturnAudit.EntityType, returnId, 5_000)),
                ("returns.ListSnapshotsAsync", () => returns.ListSnapshotsAsync(returnId)),
                ("shares.ListAsync (the communities' parts)", () => shares.ListAsync(returnId)),
                ("plans.ListAsync (planned dates)", () => plans.ListAsync(campaignId, subDistrictId)),
                ("an editable week only: returns.ListRegistryFactsAsync", () => returns.ListRegistryFactsAsync(subDistrictId)),
                ("an editable week only: committees.ListRecordedTracksAsync", () => committees.ListRecordedTracksAsync(subDistrictPath)),
            ]),
            ("committees board (/committees, city scope, the read behind ChangeStampedReads)",
            [
                ("committees.ListTracksAsync (every estate)", () => committees.ListTracksAsync(city)),
            ]),
        };

        foreach (var (page, reads) in pages)
        {
            var medians = new List<(string Read, double Ms)>();
            foreach (var (read, call) in reads)
            {
                await call(); // warm: JIT and the file's pages
                var times = new List<double>();
                for (var i = 0; i < repeat; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await call();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                medians.Add((read, times[times.Count / 2]));
            }
            var total = medians.Sum(m => m.Ms);
            log.WriteLine($"reads behind {page}: {total:0.0} ms in all (median of {repeat}), load {File.ReadAllText("/proc/loadavg").Trim()}");
            foreach (var (read, ms) in medians.OrderByDescending(m => m.Ms))
            {
                log.WriteLine($"  {ms,8:0.00} ms  {ms / total,4:P0}  {read}");
                results.Add($"reads.{read.Split(' ')[0]}.ms", ms);
            }
        }
        return 0;
    }

    private static async Task NothingAsync(SqliteConnectionFactory connections)
    {
        await using var connection = await connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync();
    }

    /// <summary>The return the pages bench opens: the largest of the last accepted week (as PageLatency picks it).</summary>
    private static (long SubDistrictId, DateOnly Week, long ReturnId) BiggestLastReturn(SqliteConnectionFactory connections)
    {
        using var connection = new SqliteConnection(connections.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.SubDistrictId, r.WeekEnding, r.Id, (SELECT COUNT(*) FROM ReturnRow rr WHERE rr.WeeklyReturnId = r.Id) AS Rows
            FROM WeeklyReturn r
            WHERE r.Status = 4 AND r.WeekEnding = (SELECT MAX(WeekEnding) FROM WeeklyReturn WHERE Status = 4)
            ORDER BY Rows DESC, r.SubDistrictId
            LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt64(0), DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(2))
            : (0, default, 0);
    }
}
