using DistrictPortal.Core.Common;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// A small bounded retry for SQL Server's passing failures. Reads are retried on any transient error. A write
/// transaction is retried only when the error came before its commit was sent (a deadlock victim, 1205, has been
/// rolled back by the server; a broken connection rolls back what it held), never when the commit itself failed,
/// since that commit may have been applied. When the attempts run out, or for a transient error that is not safe to
/// retry, the caller gets a <see cref="DatabaseBusyException"/> ("try again"), not a raw SqlException and a 500.
/// </summary>
internal sealed class TransientRetry(int maxAttempts = 3, TimeSpan? baseDelay = null, Func<TimeSpan, Task>? delay = null)
{
    public static TransientRetry Default { get; } = new();

    /// <summary>Deadlock victim: the server rolled the whole transaction back.</summary>
    public const int Deadlock = 1205;

    /// <summary>Lock request time out (SET LOCK_TIMEOUT).</summary>
    public const int LockTimeout = 1222;

    /// <summary>The client's command timeout: for a read, retried; for a write, not (the server may still be working).</summary>
    public const int CommandTimeout = -2;

    /// <summary>
    /// Errors that say "not now" rather than "never": deadlock and lock timeout, snapshot update conflict (3960),
    /// and the connection and failover errors of SqlClient's SqlConfigurableRetryFactory default list (without its
    /// 207, 102 and 2812, which are a wrong schema, not a passing state).
    /// </summary>
    private static readonly HashSet<int> TransientNumbers =
    [
        1204, Deadlock, LockTimeout, 3960, 3961, 3966,
        4060, 4221, 40143, 40197, 40501, 40540, 40613, 42108, 42109, 49918, 49919, 49920,
        10928, 10929, 10053, 10054, 10060, 997, 233, 64, 20, 0,
    ];

    public int MaxAttempts { get; } = Math.Clamp(maxAttempts, 1, 5);

    private readonly TimeSpan _baseDelay = baseDelay ?? TimeSpan.FromMilliseconds(100);
    private readonly Func<TimeSpan, Task> _delay = delay ?? (d => Task.Delay(d));

    public static bool IsTransient(SqlException e) => TransientNumbers.Contains(e.Number) || e.Number == CommandTimeout;

    public static bool IsTransient(int number) => TransientNumbers.Contains(number) || number == CommandTimeout;

    /// <summary>Whether a failed attempt may run again: transient, the attempts not spent, and for a write not a timeout.</summary>
    public bool ShouldRetry(int number, int attempt, bool isWrite) =>
        attempt < MaxAttempts && IsTransient(number) && !(isWrite && number == CommandTimeout);

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: doubling from the base, capped at two seconds.</summary>
    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(2000, _baseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1)));

    public Task<T> ReadAsync<T>(Func<Task<T>> read) => RunAsync(read, isWrite: false, _ => true);

    /// <summary>
    /// <paramref name="attempt"/> runs one whole transaction; it reports through <paramref name="beforeCommit"/>
    /// whether a failure came before the commit was sent (then a retry cannot double a write).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<Task<T>> attempt, Func<Exception, bool> beforeCommit) =>
        RunAsync(attempt, isWrite: true, beforeCommit);

    private async Task<T> RunAsync<T>(Func<Task<T>> run, bool isWrite, Func<Exception, bool> retriable)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await run();
            }
            catch (SqlException e) when (IsTransient(e))
            {
                if (!ShouldRetry(e.Number, attempt, isWrite) || !retriable(e))
                {
                    throw new DatabaseBusyException(
                        $"The database is busy (SQL error {e.Number}) after {attempt} attempt(s).", e);
                }
                await _delay(DelayAfter(attempt));
            }
        }
    }
}
