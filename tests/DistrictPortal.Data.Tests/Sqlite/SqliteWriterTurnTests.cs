using System.Diagnostics;
using System.Diagnostics.Metrics;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Sqlite;

/// <summary>
/// Issue 19's Friday peak: writers of one process take turns for SQLite's single writer instead of each blocking a thread
/// in the busy handler. What SQLite alone cannot show: with turns, the write transactions never overlap, so the time
/// they held the writer adds up to no more than the wall time of the burst. Not part of the contract suite.
/// </summary>
public sealed class SqliteWriterTurnTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "districtportal-data-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Simultaneous_writes_all_commit_one_at_a_time_and_are_measured()
    {
        var file = Path.Combine(_folder, "turns.db");
        Directory.CreateDirectory(_folder);
        var connections = new SqliteConnectionFactory($"Data Source={file}");
        await new SqliteDatabaseMigrator(connections).MigrateAsync();
        var nodes = new SqliteNodeRepository(connections);
        var city = await nodes.CreateAsync(null, NodeLevel.City, "City", TestDatabase.Context());

        var held = new List<double>();
        var waited = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == SqliteConnectionFactory.Meter)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((instrument, ms, tags, _) =>
        {
            if (!tags.ToArray().Any(t => t.Key == "db" && (string?)t.Value == file))
                return;
            lock (held)
                (instrument.Name.EndsWith(".held", StringComparison.Ordinal) ? held : waited).Add(ms);
        });
        listener.Start();

        const int writers = 40;
        var burst = Stopwatch.StartNew();
        // A thread each, as a busy portal has them: the pool of a 2-core test run would start only a few at a time.
        var created = new Node[writers];
        var threads = Enumerable.Range(0, writers).Select(i => new Thread(() =>
            created[i] = nodes.CreateAsync(city.Id, NodeLevel.District, $"District {i}", TestDatabase.Context()).GetAwaiter().GetResult())).ToList();
        burst.Restart();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var wall = burst.Elapsed.TotalMilliseconds;

        Assert.Equal(writers, created.Select(n => n.Id).Distinct().Count());
        Assert.Equal(writers, held.Count);
        Assert.Equal(writers, waited.Count);
        // Overlapping transactions (each waiting inside BEGIN IMMEDIATE) would add up to many times the wall time.
        Assert.True(held.Sum() <= wall * 1.05 + 5, $"write transactions held {held.Sum():0} ms in all within {wall:0} ms: they overlapped");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
