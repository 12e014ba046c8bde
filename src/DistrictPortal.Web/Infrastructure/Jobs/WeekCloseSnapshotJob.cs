using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Returns;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// (d) Week close: every accepted return of the recent weeks must have the snapshot of its latest acceptance (the
/// figures the league and the briefings read). AcceptAsync writes it in the same transaction as the acceptance, so
/// this normally finds nothing to do; it repairs a return accepted by some other path (an import, a manual fix).
/// A return that already has its snapshot is left alone, so running twice writes nothing the second time.
/// </summary>
public sealed class WeekCloseSnapshotJob(
    CampaignDirectory directory,
    IWeeklyReturnRepository returns,
    ScheduledRuns runs,
    ILogger<WeekCloseSnapshotJob> log)
{
    public const string RecurringId = "return-week-close";
    /// <summary>Acceptance may come days after the deadline; a month covers a slow review.</summary>
    public const int LookbackWeeks = 5;

    /// <summary>Hangfire's entry: one run at a time (a slow run is not overtaken by the next), few retries since the next run comes soon.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public Task<bool> RunScheduledAsync() => runs.OnceAsync(RecurringId, ScheduledRuns.Hourly, RunAsync);

    /// <summary>Returns how many snapshots were added.</summary>
    public async Task<int> RunAsync(DateTime nowUtc)
    {
        var current = CampaignDirectory.WeekEndingAt(nowUtc);
        var from = current.AddDays(-7 * LookbackWeeks);
        var added = 0;
        foreach (var campaign in await directory.AllAsync(from, current))
        {
            var accepted = (await returns.ListAsync(campaign.District.Path, from, current))
                .Where(r => r.Status == ReturnStatus.Accepted && r.WeekEnding >= campaign.FirstWeekEnding);
            foreach (var summary in accepted)
            {
                if (await HasSnapshotAsync(summary))
                    continue;
                if (await returns.GetByIdAsync(summary.Id) is not { Status: ReturnStatus.Accepted } weeklyReturn)
                    continue;
                var acceptedUtc = weeklyReturn.ReviewedUtc ?? nowUtc;
                var snapshot = ReturnSnapshot.Freeze(weeklyReturn, campaign.Calendar, acceptedUtc);
                try
                {
                    await returns.AcceptAsync(weeklyReturn, snapshot, [], []);
                }
                catch (ConcurrencyConflictException)
                {
                    continue; // reopened or re-accepted while we read it: the next run looks again
                }
                added++;
                log.LogWarning("Week close: return {Id} ({SubDistrict}, {Week}) was accepted without a snapshot; added one",
                    weeklyReturn.Id, weeklyReturn.SubDistrictName, weeklyReturn.WeekEnding);
            }
        }
        return added;
    }

    /// <summary>A snapshot taken at (or after) the latest review; stores may keep times to the second only.</summary>
    private async Task<bool> HasSnapshotAsync(ReturnSummary summary)
    {
        var reviewed = ReportingCalendar.AsUtc(summary.ReviewedUtc ?? DateTime.MinValue).AddSeconds(-1);
        return (await returns.ListSnapshotsAsync(summary.Id)).Any(s => ReportingCalendar.AsUtc(s.AcceptedUtc) >= reviewed);
    }
}
