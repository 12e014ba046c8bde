using System.Collections.Concurrent;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// A district's league for a week, built once and shared by every request until something changes. Building it reads
/// standings, 13 weeks of return summaries, retrofit projects and committee tracks (≈60 ms for a city of 200
/// sub-districts), while a request that finds it here pays one read: the newest audit id, which every change moves.
/// The table also depends on the clock (a deadline passing makes a week overdue, a day passing makes a committee
/// deadline missed), so an entry also lasts one minute at most. What a user may see of it is applied per request.
/// Concurrent misses for one key share one build. Bounded: when full it starts again empty.
/// </summary>
public sealed class LeagueTableCache
{
    public const int Capacity = 64;

    /// <summary>How long a page keeps a table's rendered rows: past it a new build (at least once a minute) is due anyway.</summary>
    public static readonly TimeSpan RenderLifetime = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<(long District, DateOnly Week), Entry> _entries = new();
    private long _generation;

    public async Task<LeagueWeekTable> GetAsync(Node district, DateOnly week, DateTime nowUtc, IAuditRepository audit, Func<Task<LeagueWeekTable>> build)
    {
        var stamp = await audit.ReadLatestIdAsync();
        var minute = nowUtc.Ticks / TimeSpan.TicksPerMinute;
        var fresh = new Entry(stamp, minute, new Lazy<Task<LeagueWeekTable>>(async () => await build() with { Generation = Interlocked.Increment(ref _generation) }));
        if (_entries.Count >= Capacity && !_entries.ContainsKey((district.Id, week)))
            _entries.Clear();
        var entry = _entries.AddOrUpdate((district.Id, week), fresh, (_, old) => old.IsValid(stamp, minute) ? old : fresh);
        try
        {
            return await entry.Table.Value;
        }
        catch
        {
            // A failed build is not kept: the next request tries again.
            _entries.TryRemove(new((district.Id, week), entry));
            throw;
        }
    }

    private sealed record Entry(long Stamp, long Minute, Lazy<Task<LeagueWeekTable>> Table)
    {
        public bool IsValid(long stamp, long minute) =>
            Stamp == stamp && Minute == minute && !(Table.IsValueCreated && Table.Value.IsFaulted);
    }
}
