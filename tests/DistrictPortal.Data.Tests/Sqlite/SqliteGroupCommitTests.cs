using System.Diagnostics.Metrics;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Tests.Sqlite;

/// <summary>
/// Issue 19's group commit: writes that arrive while the writer is busy share one commit, each in a savepoint of its
/// own, so a write that fails is rolled back alone and the others are kept. Not part of the contract suite.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "districtportal-data-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Writes_queued_behind_a_busy_writer_share_a_commit_and_a_failing_one_is_rolled_back_alone()
    {
        var file = Path.Combine(_folder, "group.db");
        Directory.CreateDirectory(_folder);
        var connections = new SqliteConnectionFactory($"Data Source={file}");
        await new SqliteDatabaseMigrator(connections).MigrateAsync();
        var nodes = new SqliteNodeRepository(connections);
        var city = await nodes.CreateAsync(null, NodeLevel.City, "City", TestDatabase.Context());

        var commits = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == SqliteConnectionFactory.Meter && instrument.Name == "districtportal.sqlite.writer.commit.writes")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, writes, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "db" && (string?)t.Value == file))
                lock (commits)
                    commits.Add(writes);
        });
        listener.Start();

        // Another process holds the file's writer: this one's first write waits in BEGIN IMMEDIATE, the rest queue up.
        await using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            other.Open();
            await using (var hold = other.CreateCommand())
            {
                hold.CommandText = "BEGIN IMMEDIATE";
                hold.ExecuteNonQuery();
            }
            const int writers = 21;
            const int failing = 7;
            var outcomes = new object?[writers];
            var threads = Enumerable.Range(0, writers).Select(i => new Thread(() =>
            {
                // The failing write inserts its node, then its audit entry breaks a NOT NULL: the node must go too.
                var name = $"District {i}";
                IReadOnlyList<AuditEntry> audit = i == failing
                    ? [new AuditEntry { AtUtc = DateTime.UtcNow, UserName = null!, EntityType = AuditEntities.Node, Action = AuditActions.Create }]
                    : NodeAudit.Created(name, TestDatabase.Context());
                try
                {
                    outcomes[i] = nodes.CreateAsync(city.Id, NodeLevel.District, name, audit).GetAwaiter().GetResult();
                }
                catch (Exception e)
                {
                    outcomes[i] = e;
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            Thread.Sleep(700);
            await using (var release = other.CreateCommand())
            {
                release.CommandText = "ROLLBACK";
                release.ExecuteNonQuery();
            }
            threads.ForEach(t => t.Join());

            Assert.IsAssignableFrom<SqliteException>(outcomes[failing]);
            var created = outcomes.OfType<Node>().ToList();
            Assert.Equal(writers - 1, created.Select(n => n.Id).Distinct().Count());
            var stored = await nodes.GetChildrenAsync(city.Id);
            Assert.Equal(created.Select(n => n.Name).Order(), stored.Select(n => n.Name).Order());
            Assert.DoesNotContain(stored, n => n.Name == $"District {failing}");
        }
        // Fewer commits than writes: those that waited went in together (the count per commit is measured).
        Assert.Equal(21, commits.Sum());
        Assert.True(commits.Max() >= 5 && commits.Count <= 5, $"writes per commit: {string.Join(", ", commits)}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
