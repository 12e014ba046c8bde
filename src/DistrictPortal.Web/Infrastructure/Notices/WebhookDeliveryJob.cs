using DistrictPortal.Core.Notifications;
using Hangfire;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Notices;

/// <summary>
/// Posts the robot outbox (every minute). Each due delivery is first taken under a lease (one statement: a run on
/// another server skips it), posted once through the resilience handler, then marked delivered in a statement that only
/// a pending delivery passes, so a delivery is never posted by two runs nor marked twice. A post that fails after the
/// handler's retries waits <see cref="RobotOptions.RetryAfter"/> for a later run; after <see cref="RobotOptions.MaxAttempts"/>
/// runs it is failed for good and never posted again. The one gap no outbox closes: a server that dies after the robot
/// accepted a message and before it is marked delivered posts it again when the lease ends (robots take no idempotency key).
/// </summary>
public sealed class WebhookDeliveryJob(
    IWebhookOutbox outbox,
    IRobotWebhookRepository robots,
    RobotPoster poster,
    IOptions<RobotOptions> options,
    TimeProvider time,
    ILogger<WebhookDeliveryJob> log)
{
    public const string RecurringId = "robot-webhook-delivery";

    /// <summary>Hangfire's entry: one run at a time; no Hangfire retry, since the outbox keeps what is left for the next run.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunScheduledAsync() => RunAsync(time.GetUtcNow().UtcDateTime);

    /// <summary>Returns how many deliveries were delivered.</summary>
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var delivered = 0;
        foreach (var delivery in await outbox.ListDueAsync(nowUtc, o.BatchSize))
        {
            if (!await outbox.ClaimAsync(delivery.Id, nowUtc, nowUtc + o.Lease))
                continue;
            var attempts = delivery.Attempts + 1;
            var robot = await robots.GetAsync(delivery.NodeId);
            var result = robot is null
                ? new RobotPostResult(false, "no robot set for the node any more")
                : await poster.PostAsync(robot, delivery, cancellationToken);
            if (result.Delivered)
            {
                if (await outbox.MarkDeliveredAsync(delivery.Id, time.GetUtcNow().UtcDateTime))
                    delivered++;
                continue;
            }
            var next = robot is null || attempts >= o.MaxAttempts ? (DateTime?)null : nowUtc + o.RetryAfter * attempts;
            await outbox.MarkAttemptFailedAsync(delivery.Id, result.Error ?? "failed", next);
            log.LogWarning("Robot message {DeliveryId} to node {NodeId} not delivered (attempt {Attempts}): {Error}{Final}",
                delivery.DeliveryId, delivery.NodeId, attempts, result.Error, next is null ? "; given up" : "");
        }
        return delivered;
    }
}
