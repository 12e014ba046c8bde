using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[RobotWebhook_*] and [dbo].[WebhookDelivery_*] procedure; the properties are its parameters.

[StoredProcedure("RobotWebhook_ReadById")]
internal sealed record RobotWebhookReadById(long NodeId) : IQuery<RobotWebhook>;

[StoredProcedure("RobotWebhook_ReadByScopePath")]
internal sealed record RobotWebhookReadByScopePath(string ScopePath) : IQuery<RobotWebhook>;

[StoredProcedure("RobotWebhook_Update")]
internal sealed record RobotWebhookUpdate(long NodeId, int Kind, string Url, string? Secret, DateTime UpdatedUtc) : ICommand;

/// <summary>1 when the node had a robot (now removed), 0 otherwise.</summary>
[StoredProcedure("RobotWebhook_DeleteById")]
internal sealed record RobotWebhookDeleteById(long NodeId) : IQuery<int>;

/// <summary>The new delivery's id, or null when one with that delivery id was queued before.</summary>
[StoredProcedure("WebhookDelivery_Create")]
internal sealed record WebhookDeliveryCreate(
    string DeliveryId, long NodeId, string Title, string Body, string? Link, DateTime CreatedUtc, DateTime NextAttemptUtc) : IQuery<long?>;

[StoredProcedure("WebhookDelivery_ReadDue")]
internal sealed record WebhookDeliveryReadDue(DateTime NowUtc, int Max) : IQuery<WebhookDelivery>;

[StoredProcedure("WebhookDelivery_ReadByDeliveryId")]
internal sealed record WebhookDeliveryReadByDeliveryId(string DeliveryId) : IQuery<WebhookDelivery>;

[StoredProcedure("WebhookDelivery_ReadByScopePath")]
internal sealed record WebhookDeliveryReadByScopePath(string ScopePath, int Max) : IQuery<WebhookDelivery>;

/// <summary>1 when the delivery was taken for this attempt, 0 otherwise.</summary>
[StoredProcedure("WebhookDelivery_UpdateClaim")]
internal sealed record WebhookDeliveryUpdateClaim(long Id, DateTime NowUtc, DateTime LeaseUntilUtc) : IQuery<int>;

/// <summary>1 when the delivery was pending (now delivered), 0 otherwise.</summary>
[StoredProcedure("WebhookDelivery_UpdateDelivered")]
internal sealed record WebhookDeliveryUpdateDelivered(long Id, DateTime DeliveredUtc) : IQuery<int>;

[StoredProcedure("WebhookDelivery_UpdateFailed")]
internal sealed record WebhookDeliveryUpdateFailed(long Id, string LastError, DateTime? NextAttemptUtc) : ICommand;
