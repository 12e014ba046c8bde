using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Notifications;

/// <summary>The group robot a node's messages go to: 钉钉 / 浙政钉 custom robot, or 企业微信 group robot.</summary>
public enum RobotKind
{
    /// <summary>DingTalk or 浙政钉 (the same robot API): the webhook carries access_token; signed with the robot's secret (加签).</summary>
    DingTalk = 1,

    /// <summary>WeCom: the webhook carries the robot's key; no signature.</summary>
    WeCom = 2,
}

/// <summary>
/// A node's group robot webhook, set by the admin (one per node). <see cref="Url"/> and <see cref="Secret"/> are both
/// credentials (anyone holding them can post to the group): pages and the audit trail show them masked only.
/// </summary>
public sealed class RobotWebhook
{
    public long NodeId { get; set; }
    public string NodeName { get; set; } = "";
    public string NodePath { get; set; } = "";
    public RobotKind Kind { get; set; }
    public string Url { get; set; } = "";
    public string? Secret { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>Where one robot message stands in the outbox.</summary>
public enum DeliveryStatus
{
    Pending = 1,
    Delivered = 2,
    /// <summary>Every attempt failed: never posted again (see the admin page).</summary>
    Failed = 3,
}

/// <summary>
/// One message for one node's robot, in the outbox (发送队列). <see cref="DeliveryId"/> (the notice's dedup key and the
/// node) is unique, so raising a notice again queues nothing; the job posts a pending delivery under a lease
/// (<see cref="LeaseUntilUtc"/>) so two servers never post it at once, and marks it delivered only while it is still pending.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxErrorLength = 500;

    public long Id { get; set; }
    public string DeliveryId { get; set; } = "";
    public long NodeId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }
    public string? LastError { get; set; }

    public static string IdFor(string dedupKey, long nodeId) => $"{dedupKey}@{nodeId}";
}

/// <summary>Stores the admin's robot settings; the rules and audit entries are <see cref="RobotWebhookService"/>'s.</summary>
public interface IRobotWebhookRepository
{
    Task<RobotWebhook?> GetAsync(long nodeId);

    /// <summary>The robots of nodes under the scope, in path order.</summary>
    Task<IReadOnlyList<RobotWebhook>> ListAsync(string scopePath);

    /// <summary>Inserts or replaces the node's robot with its audit, in one transaction.</summary>
    Task SaveAsync(RobotWebhook webhook, IReadOnlyList<AuditEntry> audit);

    /// <summary>Removes the node's robot with its audit, in one transaction; false (and nothing written) when it had none.</summary>
    Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit);
}

/// <summary>The robot outbox. Notices are messages, not edits: no audit (as the inbox).</summary>
public interface IWebhookOutbox
{
    /// <summary>Queues the delivery unless its <see cref="WebhookDelivery.DeliveryId"/> exists; true when queued.</summary>
    Task<bool> EnqueueOnceAsync(WebhookDelivery delivery);

    /// <summary>Pending deliveries due at <paramref name="nowUtc"/> and not under someone's lease, oldest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDueAsync(DateTime nowUtc, int max);

    /// <summary>
    /// Takes the delivery for one attempt (attempts + 1, leased until <paramref name="leaseUntilUtc"/>) if it is still
    /// pending and nobody holds a lease at <paramref name="nowUtc"/>; false when another run has it or it is done.
    /// </summary>
    Task<bool> ClaimAsync(long id, DateTime nowUtc, DateTime leaseUntilUtc);

    /// <summary>Delivered, in one statement that only a pending delivery passes; false when it was not pending.</summary>
    Task<bool> MarkDeliveredAsync(long id, DateTime atUtc);

    /// <summary>Records a failed attempt: pending again from <paramref name="nextAttemptUtc"/>, or failed for good when null.</summary>
    Task MarkAttemptFailedAsync(long id, string error, DateTime? nextAttemptUtc);

    Task<WebhookDelivery?> GetAsync(string deliveryId);

    /// <summary>The newest deliveries to nodes under the scope (the admin page).</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListRecentAsync(string scopePath, int max);
}
