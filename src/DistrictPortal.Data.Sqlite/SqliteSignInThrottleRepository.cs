using Dapper;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Failed sign-ins per address in the SignInFailure table, shared by every server on the database file.</summary>
public sealed class SqliteSignInThrottleRepository(SqliteConnectionFactory connections) : ISignInThrottleRepository
{
    public async Task<IReadOnlyList<DateTime>> ListFailuresAsync(string address, DateTime sinceUtc)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<DateTime>(
            "SELECT FailedUtc FROM SignInFailure WHERE Address = @address AND FailedUtc >= @sinceUtc ORDER BY FailedUtc, Id",
            new { address, sinceUtc })).AsList();
    }

    public async Task RecordFailureAsync(string address, DateTime atUtc, DateTime forgetBeforeUtc)
    {
        ArgumentNullException.ThrowIfNull(address);
        await connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("DELETE FROM SignInFailure WHERE FailedUtc < @forgetBeforeUtc", new { forgetBeforeUtc }, transaction);
            return await connection.ExecuteAsync(
                "INSERT INTO SignInFailure (Address, FailedUtc) VALUES (@address, @atUtc)", new { address, atUtc }, transaction);
        }, nameof(address));
    }
}
