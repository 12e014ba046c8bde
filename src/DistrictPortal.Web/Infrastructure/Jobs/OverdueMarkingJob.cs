using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// (b) Once a week's deadline has passed (17:00:01, not 17:00:00: the deadline second itself is still on time), every
/// taking-part sub-district with nothing submitted is marked overdue (MarkOverdueAsync, idempotent) and its officers and
/// the admins are told (dedup "overdue:{subDistrictId}:{weekEnding}"). Then (c) the supervision check runs on the result.
/// Looks back <see cref="CatchUpWeeks"/> weeks so a server that was down at the deadline catches up when it returns.
/// </summary>
public sealed class OverdueMarkingJob(
    CampaignDirectory directory,
    IWeeklyReturnRepository returns,
    IUserRepository users,
    INodeRepository nodes,
    PortalNotifier notifier,
    SupervisionOrderJob supervision,
    ScheduledRuns runs,
    ILogger<OverdueMarkingJob> log)
{
    public const string RecurringId = "return-overdue-marking";
    public const int CatchUpWeeks = 3;

    /// <summary>Hangfire's entry: one run at a time (a slow run is not overtaken by the next), few retries since the next run comes soon.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public Task<bool> RunScheduledAsync() => runs.OnceAsync(RecurringId, ScheduledRuns.FiveMinutes, RunAsync);

    /// <summary>Marks and notifies, then raises supervision orders. Returns how many returns were newly marked overdue.</summary>
    public async Task<int> RunAsync(DateTime nowUtc)
    {
        var marked = await MarkAsync(nowUtc);
        await supervision.RunAsync(nowUtc);
        return marked;
    }

    private async Task<int> MarkAsync(DateTime nowUtc)
    {
        var current = CampaignDirectory.WeekEndingAt(nowUtc);
        var from = current.AddDays(-7 * CatchUpWeeks);
        var campaigns = await directory.AllAsync(from, current);
        if (campaigns.Count == 0)
            return 0;
        var recipients = await Recipients.LoadAsync(users, nodes);
        var marked = 0;
        foreach (var campaign in campaigns)
        {
            var calendar = campaign.Calendar;
            var summaries = await returns.ListAsync(campaign.District.Path, from, current);
            for (var week = from; week <= current; week = week.AddDays(7))
            {
                if (week < campaign.FirstWeekEnding)
                    continue;
                foreach (var subDistrict in campaign.SubDistricts)
                {
                    var first = summaries.FirstOrDefault(s => s.SubDistrictId == subDistrict.Id && s.WeekEnding == week)?.FirstSubmittedUtc;
                    if (calendar.Evaluate(week, first, nowUtc) != Timeliness.Overdue)
                        continue;
                    if ((await ReturnFiler.MarkOverdueAsync(returns, subDistrict, week, CampaignDirectory.SystemChange(nowUtc))).Value)
                        marked++;
                    // Told even when the mark was already there: a run that crashed between the two must still tell them.
                    await TellAsync(subDistrict, week, calendar, recipients, nowUtc);
                }
            }
        }
        if (marked > 0)
            log.LogInformation("Overdue marking: {Count} return(s) marked overdue", marked);
        return marked;
    }

    private Task<int> TellAsync(Node subDistrict, DateOnly week, ReportingCalendar calendar, Recipients recipients, DateTime nowUtc) =>
        notifier.NotifyAsync(
            recipients.OfficersAndAdmins(subDistrict),
            $"overdue:{subDistrict.Id}:{PortalNotifier.Week(week)}",
            notifier.Text("Jobs.Overdue.Title", subDistrict.Name, PortalNotifier.Week(week)),
            notifier.Text("Jobs.Overdue.Body", subDistrict.Name, PortalNotifier.Week(week),
                calendar.ToLocal(calendar.DeadlineUtc(week)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            PortalNotifier.ReturnLink(subDistrict.Id, week),
            nowUtc);
}
