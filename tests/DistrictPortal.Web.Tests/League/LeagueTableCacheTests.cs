using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Features.League;

namespace DistrictPortal.Web.Tests.League;

/// <summary>When the league is rebuilt: on a new audit entry, on a new minute, never twice for concurrent misses, and again after a failure.</summary>
public sealed class LeagueTableCacheTests
{
    private static readonly Node District = new() { Id = 7, Level = NodeLevel.District, Name = "区", Path = "/1/7/" };
    private static readonly DateOnly Week = new(2026, 11, 20);
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 10, DateTimeKind.Utc);

    private sealed class Stamp : IAuditRepository
    {
        public long Latest { get; set; } = 100;
        public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200) => throw new NotSupportedException();
        public Task<long> ReadChangeStampAsync() => Task.FromResult(Latest);
    }

    private int _builds;

    private async Task<LeagueWeekTable> Build()
    {
        Interlocked.Increment(ref _builds);
        await Task.Delay(20);
        return new LeagueWeekTable(District, Week, Week.AddDays(-7), null, []);
    }

    [Fact]
    public async Task One_build_serves_until_an_audit_entry_or_a_new_minute_and_each_build_is_a_new_generation()
    {
        var cache = new LeagueTableCache();
        var audit = new Stamp();

        var first = await cache.GetAsync(District, Week, Now, audit, Build);
        var again = await cache.GetAsync(District, Week, Now.AddSeconds(40), audit, Build);
        Assert.Equal(1, _builds);
        Assert.Same(first, again);

        audit.Latest++;
        var afterChange = await cache.GetAsync(District, Week, Now.AddSeconds(40), audit, Build);
        Assert.Equal(2, _builds);
        var nextMinute = await cache.GetAsync(District, Week, Now.AddSeconds(50), audit, Build); // 03:01:00
        Assert.Equal(3, _builds);
        Assert.True(afterChange.Generation > first.Generation && nextMinute.Generation > afterChange.Generation);
        await cache.GetAsync(District, Week.AddDays(-7), Now.AddSeconds(50), audit, Build);
        Assert.Equal(4, _builds); // another week is another table
    }

    [Fact]
    public async Task Concurrent_misses_share_one_build()
    {
        var cache = new LeagueTableCache();
        var audit = new Stamp();

        var tables = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync(District, Week, Now, audit, Build)));

        Assert.Equal(1, _builds);
        Assert.All(tables, t => Assert.Same(tables[0], t));
    }

    [Fact]
    public async Task A_failed_build_is_not_kept()
    {
        var cache = new LeagueTableCache();
        var audit = new Stamp();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(District, Week, Now, audit, () => throw new InvalidOperationException("database gone")));
        var table = await cache.GetAsync(District, Week, Now, audit, Build);

        Assert.Equal((1, Week), (_builds, table.Week));
    }
}
