using System.Collections.Concurrent;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>
/// Failed sign-ins per network address, in memory (<see cref="SignInPolicy.MaxFailuresPerAddress"/> within
/// <see cref="SignInPolicy.AddressWindow"/>). Per instance: several instances each allow the limit, which still stops
/// a spray. Behind a reverse proxy the address must be the client's (forwarded headers), or every user shares one.
/// Bounded: addresses whose failures have all left the window are dropped when the table grows large.
/// </summary>
public sealed class SignInAddressThrottle
{
    public const int MaxAddresses = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTime>> _failures = new(StringComparer.Ordinal);

    /// <summary>When the address may try again, or null when it may now.</summary>
    public DateTime? BlockedUntil(string? address, DateTime nowUtc)
    {
        if (address is null || !_failures.TryGetValue(address, out var times))
            return null;
        lock (times)
        {
            Forget(times, nowUtc);
            return times.Count >= SignInPolicy.MaxFailuresPerAddress ? times.Peek() + SignInPolicy.AddressWindow : null;
        }
    }

    public void RecordFailure(string? address, DateTime nowUtc)
    {
        if (address is null)
            return;
        if (_failures.Count >= MaxAddresses)
            Prune(nowUtc);
        var times = _failures.GetOrAdd(address, _ => new Queue<DateTime>());
        lock (times)
        {
            Forget(times, nowUtc);
            times.Enqueue(nowUtc);
        }
    }

    private static void Forget(Queue<DateTime> times, DateTime nowUtc)
    {
        while (times.Count > 0 && times.Peek() + SignInPolicy.AddressWindow <= nowUtc)
            times.Dequeue();
    }

    private void Prune(DateTime nowUtc)
    {
        foreach (var (address, times) in _failures)
        {
            lock (times)
            {
                Forget(times, nowUtc);
                if (times.Count == 0)
                    _failures.TryRemove(address, out _);
            }
        }
    }
}
