using DistrictPortal.Core.Data;

namespace DistrictPortal.Web.Tests.Jobs;

/// <summary>Claims of scheduled runs in memory, by job and slot as the ScheduledRun table's primary key.</summary>
internal sealed class InMemoryScheduledRuns : IScheduledRunRepository
{
    private readonly Dictionary<(string, DateTime), string> _claims = [];

    public Task<bool> TryClaimAsync(string jobId, DateTime slotUtc, string holder, DateTime claimedUtc, DateTime forgetBeforeUtc)
    {
        lock (_claims)
            return Task.FromResult(_claims.TryAdd((jobId, slotUtc), holder));
    }

    public Task ReleaseAsync(string jobId, DateTime slotUtc, string holder)
    {
        lock (_claims)
        {
            if (_claims.TryGetValue((jobId, slotUtc), out var held) && held == holder)
                _claims.Remove((jobId, slotUtc));
        }
        return Task.CompletedTask;
    }
}
