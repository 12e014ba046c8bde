using System.Diagnostics;
using System.Diagnostics.Metrics;
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

    /// <summary>How long a write may wait for its turn in this process before the request answers 503 (DatabaseBusyFilter).</summary>
    public static readonly TimeSpan WriterQueueTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The figures behind the Friday peak (issue 19), for dotnet-counters or any MeterListener: how long write
    /// transactions waited for their turn and how long each held the writer, in milliseconds.
    /// </summary>
    public static readonly Meter Meter = new("DistrictPortal.Data.Sqlite");
    private static readonly Histogram<double> WriterWait = Meter.CreateHistogram<double>("districtportal.sqlite.writer.wait", "ms");
    private static readonly Histogram<double> WriterHeld = Meter.CreateHistogram<double>("districtportal.sqlite.writer.held", "ms");

    // SQLite has one writer per file. Writers of this process take turns in the group commit, awaiting without a
    // thread, and BEGIN IMMEDIATE then finds the file free. Without turns, 200 simultaneous submissions each blocked a
    // pool thread inside sqlite3_step's busy handler, which polls by sleeping 1…100 ms: the writer sat idle between
    // holders while the thread pool starved (issue 19's Friday peak); with one commit per write, each waited for the
    // disk in turn. busy_timeout still covers writers of another process (a second instance on the same file, the
    // bench's generator).
    private readonly SqliteGroupCommit _commits;
    private static readonly Histogram<int> WritesPerCommit = Meter.CreateHistogram<int>("districtportal.sqlite.writer.commit.writes", "{write}");
    // The measurements' tag: which database file they are about.
    private readonly KeyValuePair<string, object?> _file;

    public SqliteConnectionFactory(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ConnectionString = connectionString;
        _file = new("db", new SqliteConnectionStringBuilder(connectionString).DataSource);
        _commits = new SqliteGroupCommit(OpenAsync);
        _commits.Committed += writes => WritesPerCommit.Record(writes, _file);
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
    /// hold until commit) and commits; any exception rolls everything of it back. A unique index that still refuses
    /// a row (a writer got in between the name check and the insert) becomes a <see cref="DuplicateNameException"/>.
    /// Writes that arrive together share one commit, each in a savepoint of its own (<see cref="SqliteGroupCommit"/>):
    /// the work is answered only once the commit holding it is done.
    /// </summary>
    internal Task<T> InTransactionAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, string uniqueField) =>
        _commits.RunAsync(work,
            e => SqliteErrors.IsUniqueViolation(e) ? WriteRefusals.ToException(WriteRefusal.UniqueKey, uniqueField, 0, e.Message, uniqueField, e.Message) : null,
            WriterQueueTimeout,
            waited => WriterWait.Record(waited, _file),
            held => WriterHeld.Record(held, _file));

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
