using DistrictPortal.Core.Data;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// Runs a recurring job's scheduled run once per schedule slot, however many web servers fire it (issue 19). Each
/// server's Hangfire fires the job on its own schedule when their job storage is not shared (SQLite: a Hangfire file
/// per server unless <c>Hangfire:SqlitePath</c> points them at one), so the run first claims its slot in the portal
/// database, which every server shares; the server whose claim lands runs it, the others log and skip. The jobs are
/// idempotent besides (dedup keys, unique keys), so the claim saves the duplicate work and the duplicate e-mails'
/// race, not correctness. A run that fails gives its claim back, so Hangfire's retry (on any server) may run it.
/// </summary>
public sealed class ScheduledRuns(IScheduledRunRepository runs, TimeProvider time, ILogger<ScheduledRuns> log)
{
    public static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Hourly = TimeSpan.FromHours(1);

    /// <summary>Claims older than this are deleted by the next claim.</summary>
    public static readonly TimeSpan KeepClaims = TimeSpan.FromDays(7);

    /// <summary>This server (this host): claims carry it, so a failed run releases only its own.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The slot a moment falls in: the start of its period, counted from midnight UTC (cron's boundaries).</summary>
    public static DateTime SlotOf(DateTime nowUtc, TimeSpan period) =>
        new(nowUtc.Ticks - nowUtc.Ticks % period.Ticks, DateTimeKind.Utc);

    /// <summary>Runs <paramref name="run"/> when this server claims the slot of now; false when another server has it.</summary>
    public async Task<bool> OnceAsync(string jobId, TimeSpan period, Func<DateTime, Task> run)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var slot = SlotOf(now, period);
        if (!await runs.TryClaimAsync(jobId, slot, Holder, now, now - KeepClaims))
        {
            log.LogInformation("{Job}: the run of {Slot:u} is another server's; skipped", jobId, slot);
            return false;
        }
        // Said as the skip is, so an operator (and the two-process test) sees which server ran each slot.
        log.LogInformation("{Job}: the run of {Slot:u} is this server's; running", jobId, slot);
        try
        {
            await run(now);
            return true;
        }
        catch
        {
            await runs.ReleaseAsync(jobId, slot, Holder);
            throw;
        }
    }
}
