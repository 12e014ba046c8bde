using System.Collections.Concurrent;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// Figures derived from many tables, built once and shared until the newest audit id moves (every change writes an
/// entry, so an unchanged id means nothing changed) or the caller's period does (the league passes the minute, as a
/// deadline passing changes it; snapshots need none). Concurrent misses for one key share one build; a failed build
/// is not kept. Bounded: when full it starts again empty.
/// </summary>
public sealed class StampedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public async Task<TValue> GetAsync(TKey key, long stamp, long period, Func<Task<TValue>> build)
    {
        var fresh = new Entry(stamp, period, new Lazy<Task<TValue>>(build));
        if (_entries.Count >= capacity && !_entries.ContainsKey(key))
            _entries.Clear();
        var entry = _entries.AddOrUpdate(key, fresh, (_, old) => old.IsValid(stamp, period) ? old : fresh);
        try
        {
            return await entry.Value.Value;
        }
        catch
        {
            _entries.TryRemove(new(key, entry));
            throw;
        }
    }

    private sealed record Entry(long Stamp, long Period, Lazy<Task<TValue>> Value)
    {
        public bool IsValid(long stamp, long period) =>
            Stamp == stamp && Period == period && !(Value.IsValueCreated && Value.Value.IsFaulted);
    }
}
