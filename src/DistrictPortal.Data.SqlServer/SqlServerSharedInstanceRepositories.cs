using DistrictPortal.Core.Data;
using DistrictPortal.Core.Identity;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Failed sign-ins per address in [dbo].[SignInFailure], shared by every web server on the database.</summary>
public sealed class SqlServerSignInThrottleRepository(string connectionString) : ISignInThrottleRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<DateTime>> ListFailuresAsync(string address, DateTime sinceUtc)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _db.ReadAsync(c => c.CallAsync(new SignInFailureReadByAddress(address, sinceUtc)));
    }

    public Task RecordFailureAsync(string address, DateTime atUtc, DateTime forgetBeforeUtc)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _db.WriteAsync((c, t) => c.CallAsync(new SignInFailureCreate(address, atUtc, forgetBeforeUtc), t), _ => null);
    }
}

/// <summary>Recurring jobs' runs claimed per schedule slot in [dbo].[ScheduledRun] (its primary key picks one server).</summary>
public sealed class SqlServerScheduledRunRepository(string connectionString) : IScheduledRunRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<bool> TryClaimAsync(string jobId, DateTime slotUtc, string holder, DateTime claimedUtc, DateTime forgetBeforeUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        try
        {
            return await _db.WriteAsync(
                async (c, t) => (await c.CallAsync(new ScheduledRunCreate(jobId, slotUtc, holder, claimedUtc, forgetBeforeUtc), t)).Single() == 1,
                _ => null);
        }
        catch (Microsoft.Data.SqlClient.SqlException e) when (e.Number is SqlErrors.DuplicateKeyRow or SqlErrors.UniqueConstraint)
        {
            // The key is the last guard: a claim that raced past the lock is another server's.
            return false;
        }
    }

    public Task ReleaseAsync(string jobId, DateTime slotUtc, string holder) =>
        _db.WriteAsync((c, t) => c.CallAsync(new ScheduledRunDeleteById(jobId, slotUtc, holder), t), _ => null);
}
