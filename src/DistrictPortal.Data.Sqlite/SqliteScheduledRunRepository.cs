using Dapper;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Recurring jobs' runs claimed per schedule slot in the ScheduledRun table (the primary key picks one server).</summary>
public sealed class SqliteScheduledRunRepository(SqliteConnectionFactory connections) : IScheduledRunRepository
{
    public async Task<bool> TryClaimAsync(string jobId, DateTime slotUtc, string holder, DateTime claimedUtc, DateTime forgetBeforeUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        return await connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("DELETE FROM ScheduledRun WHERE ClaimedUtc < @forgetBeforeUtc", new { forgetBeforeUtc }, transaction);
            return await connection.ExecuteAsync(
                "INSERT OR IGNORE INTO ScheduledRun (JobId, SlotUtc, Holder, ClaimedUtc) VALUES (@jobId, @slotUtc, @holder, @claimedUtc)",
                new { jobId, slotUtc, holder, claimedUtc }, transaction) == 1;
        }, nameof(jobId));
    }

    public async Task ReleaseAsync(string jobId, DateTime slotUtc, string holder)
    {
        await using var connection = await connections.OpenAsync();
        await connection.ExecuteAsync(
            "DELETE FROM ScheduledRun WHERE JobId = @jobId AND SlotUtc = @slotUtc AND Holder = @holder", new { jobId, slotUtc, holder });
    }
}
