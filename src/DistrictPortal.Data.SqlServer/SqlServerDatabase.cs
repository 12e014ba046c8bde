using System.Data;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Opens a connection per call, and runs a multi-step write in one transaction.</summary>
internal sealed class SqlServerDatabase(string connectionString)
{
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

    public async Task<T> ReadAsync<T>(Func<SqlConnection, Task<T>> read)
    {
        await using var connection = await OpenAsync();
        return await read(connection);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it. A <see cref="SqlException"/> that
    /// <paramref name="translate"/> recognises is rethrown as the Core exception; either way nothing is committed.
    /// </summary>
    public async Task<T> WriteAsync<T>(
        Func<SqlConnection, SqlTransaction, Task<T>> work,
        Func<SqlException, Exception?> translate,
        IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        await using var connection = await OpenAsync();
        await using var transaction = (SqlTransaction)await connection.BeginTransactionAsync(isolation);
        try
        {
            var result = await work(connection, transaction);
            await transaction.CommitAsync();
            return result;
        }
        catch (SqlException e) when (translate(e) is { } translated)
        {
            throw translated;
        }
    }

    public Task WriteAsync(
        Func<SqlConnection, SqlTransaction, Task> work,
        Func<SqlException, Exception?> translate,
        IsolationLevel isolation = IsolationLevel.ReadCommitted) =>
        WriteAsync<bool>(async (c, t) => { await work(c, t); return true; }, translate, isolation);
}
