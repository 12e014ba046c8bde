using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;
using Hangfire;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>
/// 督办 past its rectification deadline (P11, issue 16): every open order raised by hand and not answered escalates as
/// Core's <see cref="SupervisionService.EscalationDue"/> says (a reminder the day after the deadline, then 约谈, then
/// 追责), audited, and the sub-district's officers and the admins are told once per order and level
/// (dedup "supervision-escalation:{orderId}:{level}"). A conflict with someone answering at that moment is left for the
/// next run.
/// </summary>
public sealed class SupervisionEscalationJob(
    ISupervisionOrderRepository orders,
    SupervisionService supervision,
    IUserRepository users,
    INodeRepository nodes,
    PortalNotifier notifier,
    PortalClock clock,
    ScheduledRuns runs,
    ILogger<SupervisionEscalationJob> log)
{
    public const string RecurringId = "supervision-escalation";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public Task<bool> RunScheduledAsync() => runs.OnceAsync(RecurringId, ScheduledRuns.Hourly, RunAsync);

    /// <summary>Returns how many orders went up a level.</summary>
    public async Task<int> RunAsync(DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, clock.Zone));
        var recipients = await Recipients.LoadAsync(users, nodes);
        var escalated = 0;
        foreach (var root in await nodes.GetRootsAsync())
        {
            foreach (var order in await orders.ListAsync(root.Path, openOnly: true))
            {
                if (!order.IsByHand || SupervisionService.EscalationDue(order, today) <= order.EscalationLevel)
                    continue;
                SupervisionEscalation? level;
                try
                {
                    level = await supervision.EscalateAsync(order, today, CampaignDirectory.SystemChange(nowUtc));
                }
                catch (Core.Common.ConcurrencyConflictException)
                {
                    continue;
                }
                if (level is not { } reached || await nodes.GetByIdAsync(order.SubDistrictId) is not { } subDistrict)
                    continue;
                escalated++;
                await notifier.NotifyAsync(
                    recipients.OfficersAndAdmins(subDistrict),
                    $"supervision-escalation:{order.Id}:{(int)reached}",
                    notifier.Text($"Supervision.Escalation.Title.{reached}", subDistrict.Name),
                    notifier.Text("Supervision.Escalation.Body", order.Reason, order.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                    $"/supervision/{order.Id}",
                    nowUtc);
            }
        }
        if (escalated > 0)
            log.LogInformation("Supervision orders: {Count} escalated", escalated);
        return escalated;
    }
}
