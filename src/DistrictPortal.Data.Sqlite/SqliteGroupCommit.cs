using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Data;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Group commit for the writers of one process (issue 19's Friday peak). SQLite has one writer per file, and each
/// commit waits for the disk (fsync of the write-ahead log): 200 submissions at once paid 200 disk flushes one after the
/// other, 5 ms each on a busy machine, a second of the peak on its own. Writers that arrive while one is writing queue up
/// here; the next to take the turn writes every queued write in ONE transaction (BEGIN IMMEDIATE), each inside a
/// savepoint of its own, and commits once for all of them. Nothing is weakened: a write that throws is rolled back to its
/// savepoint, alone, and its caller gets the exception (nothing of it written); the others commit. No caller hears
/// "done" before the commit that holds its write is on disk; if that commit fails, every write in it fails. The version
/// checks a write makes hold until the commit (the transaction is IMMEDIATE from the start). Writers still never
/// overlap: one transaction at a time, the writes in it one after another.
/// </summary>
internal sealed class SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> open)
{
    /// <summary>At most this many writes share a commit, so that a turn ends and a long queue is taken in several.</summary>
    public const int MaxWritesPerCommit = 64;

    private readonly ConcurrentQueue<IQueuedWrite> _queue = new();
    // Whoever holds it writes the queue's next batch; waiting for it takes no thread.
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>How many writes each commit carried (for the Meter).</summary>
    public event Action<int>? Committed;

    /// <summary>
    /// Runs <paramref name="work"/> in the next commit and answers once that commit is done (or throws what the work or
    /// the commit threw). <paramref name="translate"/> turns a SQLite error of the work into the exception its caller
    /// expects. <paramref name="started"/> is told the wait for the turn when the work starts, <paramref name="held"/>
    /// how long the work itself held the writer.
    /// </summary>
    public async Task<T> RunAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, Func<SqliteException, Exception?> translate, TimeSpan timeout,
        Action<double> started, Action<double> held)
    {
        var write = new QueuedWrite<T>(work, translate, started, held);
        _queue.Enqueue(write);
        var waiting = Stopwatch.StartNew();
        while (!write.Task.IsCompleted)
        {
            var left = timeout - waiting.Elapsed;
            if (left <= TimeSpan.Zero || !await _turn.WaitAsync(left))
            {
                if (write.TryCancel())
                    throw new DatabaseBusyException($"No turn to write within {timeout.TotalSeconds:0} s: the database is busy.");
                break; // a writer took it into its commit: its answer is on the way
            }
            try
            {
                // A turn taken after another writer's commit may find this write answered already.
                if (!write.Task.IsCompleted)
                    await WriteBatchAsync();
            }
            finally
            {
                _turn.Release();
            }
        }
        return await write.Task;
    }

    private async Task WriteBatchAsync()
    {
        var batch = new List<IQueuedWrite>();
        while (batch.Count < MaxWritesPerCommit && _queue.TryDequeue(out var queued))
        {
            if (queued.TryTake())
                batch.Add(queued);
        }
        if (batch.Count == 0)
            return;
        try
        {
            await using var connection = await open(CancellationToken.None);
            await using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var write in batch)
                await write.RunAsync(connection, transaction);
            await transaction.CommitAsync();
            Committed?.Invoke(batch.Count);
            foreach (var write in batch)
                write.Answer(null);
        }
        catch (Exception e)
        {
            // The transaction is gone (the commit, the open or a rollback to a savepoint failed): nothing of the batch is written.
            var failure = ExceptionDispatchInfo.Capture(e);
            foreach (var write in batch)
                write.Answer(failure);
        }
    }

    private interface IQueuedWrite
    {
        bool TryTake();

        Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        /// <summary>After the commit (null) or with the failure of the whole batch; a write that failed alone keeps its own.</summary>
        void Answer(ExceptionDispatchInfo? batchFailure);
    }

    private sealed class QueuedWrite<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, Func<SqliteException, Exception?> translate,
        Action<double> started, Action<double> held) : IQueuedWrite
    {
        private const int Queued = 0, Taken = 1, Cancelled = 2;
        private const string Savepoint = "queued_write";
        // Continuations run elsewhere: the writer holding the turn must not run its callers' requests.
        private readonly TaskCompletionSource<T> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly long _queuedAt = Stopwatch.GetTimestamp();
        private int _state;
        private T? _result;
        private ExceptionDispatchInfo? _failure;

        public Task<T> Task => _answer.Task;

        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

        public bool TryCancel() => Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued;

        public async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction)
        {
            started(Stopwatch.GetElapsedTime(_queuedAt).TotalMilliseconds);
            var begun = Stopwatch.GetTimestamp();
            transaction.Save(Savepoint);
            try
            {
                _result = await work(connection, transaction);
                transaction.Release(Savepoint);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e is SqliteException sqlite && translate(sqlite) is { } translated ? translated : e);
                // Back to before this write: the others in the transaction stay. If this fails too, the batch fails.
                transaction.Rollback(Savepoint);
                transaction.Release(Savepoint);
            }
            finally
            {
                held(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
            }
        }

        public void Answer(ExceptionDispatchInfo? batchFailure)
        {
            if ((_failure ?? batchFailure) is { } failure)
                _answer.TrySetException(failure.SourceException);
            else
                _answer.TrySetResult(_result!);
        }
    }
}
