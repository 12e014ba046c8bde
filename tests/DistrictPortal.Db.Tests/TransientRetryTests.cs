using System.Reflection;
using DistrictPortal.Core.Common;
using DistrictPortal.Data.SqlServer;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// The SQL Server retry policy without an engine: which error numbers are retried, how often, how long it waits, and
/// that a write is never run again once its commit was sent. SqlException has no public constructor, so the tests
/// build one the way SqlClient does (reflection on its internal factory).
/// </summary>
public sealed class TransientRetryTests
{
    [Theory]
    [InlineData(1205, true)]    // deadlock victim
    [InlineData(1222, true)]    // lock timeout
    [InlineData(40613, true)]   // database unavailable (failover)
    [InlineData(-2, true)]      // command timeout
    [InlineData(2627, false)]   // unique key: never succeeds by trying again
    [InlineData(547, false)]    // foreign key
    [InlineData(50409, false)]  // our own version conflict
    [InlineData(8115, false)]   // arithmetic overflow
    [InlineData(2812, false)]   // no such procedure: a schema problem, not a passing one
    public void Classifies_errors_as_passing_or_not(int number, bool transient) =>
        Assert.Equal(transient, TransientRetry.IsTransient(number));

    [Fact]
    public async Task A_read_is_tried_a_bounded_number_of_times_with_growing_waits_then_reports_busy()
    {
        var waits = new List<TimeSpan>();
        var retry = new TransientRetry(3, TimeSpan.FromMilliseconds(100), d => { waits.Add(d); return Task.CompletedTask; });
        var attempts = 0;

        var busy = await Assert.ThrowsAsync<DatabaseBusyException>(() => retry.ReadAsync<int>(() =>
        {
            attempts++;
            throw Error(1205);
        }));

        Assert.Equal(3, attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], waits);
        Assert.IsType<SqlException>(busy.InnerException);
    }

    [Fact]
    public async Task A_read_that_succeeds_on_a_retry_returns_its_result()
    {
        var retry = new TransientRetry(3, TimeSpan.Zero, _ => Task.CompletedTask);
        var attempts = 0;

        var result = await retry.ReadAsync(() => ++attempts < 2 ? throw Error(-2) : Task.FromResult(42));

        Assert.Equal((42, 2), (result, attempts));
    }

    [Fact]
    public async Task A_deadlocked_write_runs_again_but_a_failed_commit_never_does()
    {
        var retry = new TransientRetry(3, TimeSpan.Zero, _ => Task.CompletedTask);
        var beforeCommit = 0;
        Assert.Equal("done", await retry.WriteAsync(
            () => ++beforeCommit < 3 ? throw Error(1205) : Task.FromResult("done"), beforeCommit: _ => true));
        Assert.Equal(3, beforeCommit);

        var duringCommit = 0;
        await Assert.ThrowsAsync<DatabaseBusyException>(() => retry.WriteAsync<string>(
            () => { duringCommit++; throw Error(40613); }, beforeCommit: _ => false));
        Assert.Equal(1, duringCommit);
    }

    [Fact]
    public async Task A_write_that_timed_out_is_not_run_again_since_the_server_may_still_be_working()
    {
        var retry = new TransientRetry(3, TimeSpan.Zero, _ => Task.CompletedTask);
        var attempts = 0;

        await Assert.ThrowsAsync<DatabaseBusyException>(() => retry.WriteAsync<int>(() => { attempts++; throw Error(-2); }, _ => true));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task An_error_that_is_not_passing_goes_through_at_once_unchanged()
    {
        var retry = new TransientRetry(3, TimeSpan.Zero, _ => Task.CompletedTask);
        var attempts = 0;

        var e = await Assert.ThrowsAsync<SqlException>(() => retry.ReadAsync<int>(() => { attempts++; throw Error(2627); }));

        Assert.Equal((2627, 1), (e.Number, attempts));
    }

    [Fact]
    public void Attempts_and_waits_are_bounded()
    {
        Assert.Equal(5, new TransientRetry(50).MaxAttempts);
        Assert.Equal(1, new TransientRetry(0).MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), new TransientRetry(5, TimeSpan.FromSeconds(1)).DelayAfter(4));
        Assert.False(TransientRetry.Default.ShouldRetry(1205, TransientRetry.Default.MaxAttempts, isWrite: false));
    }

    /// <summary>A SqlException carrying one error of <paramref name="number"/>, made as SqlClient makes them.</summary>
    private static SqlException Error(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var errorConstructor = typeof(SqlError).GetConstructors(Internal)
            .Where(c => c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(int))
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        var arguments = errorConstructor.GetParameters().Select((p, i) => i == 0 ? number
            : p.ParameterType == typeof(string) ? "test"
            : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType)
            : null).ToArray();
        var error = (SqlError)errorConstructor.Invoke(arguments);
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.Name == "CreateException" && m.GetParameters() is [{ ParameterType: var e }, { ParameterType: var s }] && e == typeof(SqlErrorCollection) && s == typeof(string))
            .First();
        return (SqlException)create.Invoke(null, [errors, "16.0.0"])!;
    }
}
