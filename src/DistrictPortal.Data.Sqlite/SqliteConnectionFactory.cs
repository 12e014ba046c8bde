using DistrictPortal.Core.Common;
using DistrictPortal.Core.Data;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Opens one connection per call, set up the way every repository expects: foreign keys enforced
/// (SQLite leaves them off per connection), a busy timeout so concurrent writers wait rather than
/// fail, and write-ahead logging so readers do not block the writer.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private const string ConnectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
    // WAL is a property of the database file, kept across connections: set by the first open, not by every one.
    private const string FirstOpenPragmas = ConnectionPragmas + " PRAGMA journal_mode = WAL;";
    private volatile bool _walSet;

    public SqliteConnectionFactory(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
        SqliteTypeHandlers.Register();
    }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = _walSet ? ConnectionPragmas : FirstOpenPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            _walSet = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction (BEGIN IMMEDIATE, so the version checks it makes
    /// hold until commit) and commits; any exception rolls everything back. A unique index that still refuses
    /// a row (a writer got in between the name check and the insert) becomes a <see cref="DuplicateNameException"/>.
    /// </summary>
    internal async Task<T> InTransactionAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, string uniqueField)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        try
        {
            var result = await work(connection, transaction);
            await transaction.CommitAsync();
            return result;
        }
        catch (SqliteException e) when (SqliteErrors.IsUniqueViolation(e))
        {
            throw WriteRefusals.ToException(WriteRefusal.UniqueKey, uniqueField, 0, e.Message, uniqueField, e.Message)!;
        }
    }

    /// <summary>Creates the folder of a file database so that a first run on a clean machine can create the file.</summary>
    internal void EnsureDirectory()
    {
        var dataSource = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
