using System.Data;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Opens a connection per call, and runs a multi-step write in one transaction. Reads and write transactions go
/// through <see cref="TransientRetry"/>: a deadlock or failover is tried again a few times, then reported as
/// <see cref="Core.Common.DatabaseBusyException"/>.
/// </summary>
internal sealed class SqlServerDatabase(string connectionString, TransientRetry? retry = null)
{
    private readonly TransientRetry _retry = retry ?? TransientRetry.Default;

    public async Task<SqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Synchronous, for callers whose own interface is (ASP.NET Core's key ring).</summary>
    public T Read<T>(Func<SqlConnection, T> read)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        return read(connection);
    }

    /// <summary>Synchronous single-statement write: one procedure call is atomic without a transaction of ours.</summary>
    public void Write(Action<SqlConnection> write) =>
        Read(connection =>
        {
            write(connection);
            return true;
        });

    /// <summary>One read on its own connection; reads change nothing, so any transient failure is retried.</summary>
    public Task<T> ReadAsync<T>(Func<SqlConnection, Task<T>> read) =>
        _retry.ReadAsync(async () =>
        {
            await using var connection = await OpenAsync();
            return await read(connection);
        });

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it. A <see cref="SqlException"/> that
    /// <paramref name="translate"/> recognises is rethrown as the Core exception; either way nothing is committed.
    /// A transient failure before the commit (a deadlock victim is rolled back whole) runs the transaction again from
    /// the start, on a new connection: <paramref name="work"/> reads what it checks inside the transaction, so a
    /// second run sees the first one's rollback. A failure of the commit itself is never retried.
    /// </summary>
    public Task<T> WriteAsync<T>(
        Func<SqlConnection, SqlTransaction, Task<T>> work,
        Func<SqlException, Exception?> translate,
        IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        var committing = false;
        return _retry.WriteAsync(
            async () =>
            {
                committing = false;
                await using var connection = await OpenAsync();
                await using var transaction = (SqlTransaction)await connection.BeginTransactionAsync(isolation);
                try
                {
                    var result = await work(connection, transaction);
                    committing = true;
                    await transaction.CommitAsync();
                    return result;
                }
                catch (SqlException e) when (!TransientRetry.IsTransient(e) && translate(e) is { } translated)
                {
                    throw translated;
                }
            },
            beforeCommit: _ => !committing);
    }

    public Task WriteAsync(
        Func<SqlConnection, SqlTransaction, Task> work,
        Func<SqlException, Exception?> translate,
        IsolationLevel isolation = IsolationLevel.ReadCommitted) =>
        WriteAsync<bool>(async (c, t) => { await work(c, t); return true; }, translate, isolation);
}
