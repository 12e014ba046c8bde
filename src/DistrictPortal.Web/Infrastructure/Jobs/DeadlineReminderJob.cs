using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// (a) The morning of the deadline day (09:00 Asia/Shanghai, on whatever day the holidays moved the deadline to),
/// each officer of a sub-district that has submitted nothing for the week is reminded: inbox, and mail when they
/// have an address. Dedup key "reminder:{subDistrictId}:{weekEnding}", so running again the same morning reminds nobody twice.
/// </summary>
public sealed class DeadlineReminderJob(
    CampaignDirectory directory,
    IWeeklyReturnRepository returns,
    IUserRepository users,
    INodeRepository nodes,
    PortalNotifier notifier,
    ScheduledRuns runs,
    ILogger<DeadlineReminderJob> log)
{
    public const string RecurringId = "return-deadline-reminder";
    public static readonly TimeOnly ReminderTime = new(9, 0);

    /// <summary>Hangfire's entry: one run at a time (a slow run is not overtaken by the next), few retries since the next run comes soon.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public Task<bool> RunScheduledAsync() => runs.OnceAsync(RecurringId, ScheduledRuns.FiveMinutes, RunAsync);

    /// <summary>Returns how many inbox items were added.</summary>
    public async Task<int> RunAsync(DateTime nowUtc)
    {
        var current = CampaignDirectory.WeekEndingAt(nowUtc);
        var campaigns = await directory.AllAsync(current.AddDays(-7), current.AddDays(7));
        if (campaigns.Count == 0)
            return 0;
        var recipients = await Recipients.LoadAsync(users, nodes);
        var added = 0;
        foreach (var campaign in campaigns)
        {
            var calendar = campaign.Calendar;
            var today = calendar.LocalDate(nowUtc);
            // A deadline rule later than Friday (say Monday) falls after its week: last week's deadline may be today.
            foreach (var week in new[] { calendar.WeekEndingAt(nowUtc).AddDays(-7), calendar.WeekEndingAt(nowUtc) })
            {
                if (week < campaign.FirstWeekEnding || calendar.DeadlineDate(week) != today)
                    continue;
                var remindFrom = calendar.LocalToUtc(today, ReminderTime);
                if (nowUtc < remindFrom || nowUtc > calendar.DeadlineUtc(week))
                    continue;
                var submitted = (await returns.ListAsync(campaign.District.Path, week, week))
                    .Where(r => r.FirstSubmittedUtc is not null).Select(r => r.SubDistrictId).ToHashSet();
                foreach (var subDistrict in campaign.SubDistricts.Where(s => !submitted.Contains(s.Id)))
                    added += await RemindAsync(subDistrict, week, calendar, recipients, nowUtc);
            }
        }
        if (added > 0)
            log.LogInformation("Deadline reminders: {Count} inbox item(s) added", added);
        return added;
    }

    private Task<int> RemindAsync(Node subDistrict, DateOnly week, ReportingCalendar calendar, Recipients recipients, DateTime nowUtc)
    {
        var deadline = calendar.ToLocal(calendar.DeadlineUtc(week));
        return notifier.NotifyAsync(
            recipients.OfficersOf(subDistrict),
            $"reminder:{subDistrict.Id}:{PortalNotifier.Week(week)}",
            notifier.Text("Jobs.Reminder.Title", PortalNotifier.Week(week)),
            notifier.Text("Jobs.Reminder.Body", subDistrict.Name, PortalNotifier.Week(week), deadline.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            PortalNotifier.ReturnLink(subDistrict.Id, week),
            nowUtc);
    }
}
