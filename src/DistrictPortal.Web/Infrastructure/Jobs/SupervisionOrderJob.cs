using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// (c) 督办 (P11: shirking or non-delivery gets a supervision order): a sub-district whose return was missing or late
/// two weeks in a row gets an order for the second week (RaiseOnceAsync: one per sub-district and week), and its
/// officers and the admins are told (dedup "supervision:{subDistrictId}:{weekEnding}").
/// A week already counted in an order does not count again: four bad weeks in a row give two orders (weeks 2 and 4),
/// not three, because the order raised at week 2 already answers for weeks 1–2.
/// </summary>
public sealed class SupervisionOrderJob(
    CampaignDirectory directory,
    IWeeklyReturnRepository returns,
    ISupervisionOrderRepository orders,
    SupervisionService supervision,
    IUserRepository users,
    INodeRepository nodes,
    PortalNotifier notifier,
    TimeProvider time,
    ILogger<SupervisionOrderJob> log)
{
    /// <summary>Hangfire's entry: one run at a time (a slow run is not overtaken by the next), few retries since the next run comes soon.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public Task RunScheduledAsync() => RunAsync(time.GetUtcNow().UtcDateTime);

    /// <summary>Returns how many orders were raised.</summary>
    public async Task<int> RunAsync(DateTime nowUtc)
    {
        var current = CampaignDirectory.WeekEndingAt(nowUtc);
        var from = current.AddDays(-7 * (OverdueMarkingJob.CatchUpWeeks + 1));
        var campaigns = await directory.AllAsync(from, current);
        if (campaigns.Count == 0)
            return 0;
        var recipients = await Recipients.LoadAsync(users, nodes);
        var raised = 0;
        foreach (var campaign in campaigns)
        {
            var calendar = campaign.Calendar;
            var summaries = await returns.ListAsync(campaign.District.Path, from, current);
            // Orders raised by hand (issue 16) are the office's, not a count of bad weeks.
            var existing = (await orders.ListAsync(campaign.District.Path)).Where(o => !o.IsByHand).ToList();
            foreach (var subDistrict in campaign.SubDistricts)
            {
                var lastCounted = existing.Where(o => o.SubDistrictId == subDistrict.Id).Select(o => (DateOnly?)o.WeekEnding).Max();
                // A run that died between raising an order and telling everyone: the retry tells those not yet told
                // (the dedup key keeps it to one notice each, and no second mail).
                foreach (var order in existing.Where(o => o.SubDistrictId == subDistrict.Id && o.WeekEnding > from && o.WeekEnding <= current))
                    await TellAsync(subDistrict, order.WeekEnding, order.Reason, order.Id, recipients, nowUtc);
                Timeliness Of(DateOnly week) => calendar.Evaluate(week,
                    summaries.FirstOrDefault(s => s.SubDistrictId == subDistrict.Id && s.WeekEnding == week)?.FirstSubmittedUtc, nowUtc);

                for (var week = from.AddDays(7); week <= current; week = week.AddDays(7))
                {
                    var previous = week.AddDays(-7);
                    if (previous < campaign.FirstWeekEnding || (lastCounted is { } last && previous <= last))
                        continue;
                    var (before, now) = (Of(previous), Of(week));
                    if (!IsBad(before) || !IsBad(now))
                        continue;
                    if (await RaiseAsync(subDistrict, previous, before, week, now, recipients, nowUtc))
                        raised++;
                    lastCounted = week;
                }
            }
        }
        if (raised > 0)
            log.LogInformation("Supervision orders: {Count} raised", raised);
        return raised;
    }

    public static bool IsBad(Timeliness timeliness) => timeliness is Timeliness.Late or Timeliness.Overdue;

    private async Task<bool> RaiseAsync(
        Node subDistrict, DateOnly previous, Timeliness before, DateOnly week, Timeliness now, Recipients recipients, DateTime nowUtc)
    {
        var reason = notifier.Text("Jobs.Supervision.Reason",
            PortalNotifier.Week(previous), notifier.Text($"Jobs.Timeliness.{before}"),
            PortalNotifier.Week(week), notifier.Text($"Jobs.Timeliness.{now}"));
        var raised = await supervision.RaiseOnceAsync(new SupervisionOrder
        {
            SubDistrictId = subDistrict.Id,
            SubDistrictName = subDistrict.Name,
            WeekEnding = week,
            Reason = reason,
            RaisedUtc = nowUtc,
        }, CampaignDirectory.SystemChange(nowUtc));
        // The job raises on the sub-districts it walks, with a reason it wrote: a refusal is a bug, not a user's mistake.
        if (!raised.Succeeded)
            throw new InvalidOperationException($"Supervision order for {subDistrict.Id} refused: {string.Join("; ", raised.Errors)}");
        var id = raised.Value;

        // The order may already exist (a retried run): look it up so the message links to it, and tell anyone not yet told.
        var orderId = id ?? (await orders.ListAsync(subDistrict.Path)).FirstOrDefault(o => !o.IsByHand && o.SubDistrictId == subDistrict.Id && o.WeekEnding == week)?.Id;
        await TellAsync(subDistrict, week, reason, orderId, recipients, nowUtc);
        return id is not null;
    }

    private Task<int> TellAsync(Node subDistrict, DateOnly week, string reason, long? orderId, Recipients recipients, DateTime nowUtc) =>
        notifier.NotifyAsync(
            recipients.OfficersAndAdmins(subDistrict),
            $"supervision:{subDistrict.Id}:{PortalNotifier.Week(week)}",
            notifier.Text("Jobs.Supervision.Title", subDistrict.Name),
            reason,
            orderId is { } o ? $"/supervision/{o}" : "/supervision",
            nowUtc);
}
