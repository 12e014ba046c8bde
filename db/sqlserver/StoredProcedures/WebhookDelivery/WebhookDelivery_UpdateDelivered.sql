-- Marks a pending delivery delivered. Returns 1 when it was pending, 0 otherwise (then nothing changes).
CREATE PROCEDURE [dbo].[WebhookDelivery_UpdateDelivered]
    @Id BIGINT,
    @DeliveredUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[WebhookDelivery]
    SET
        [Status] = 2,
        [DeliveredUtc] = @DeliveredUtc,
        [LeaseUntilUtc] = NULL,
        [LastError] = NULL
    WHERE
        [Id] = @Id
        AND [Status] = 1;

    SELECT @@ROWCOUNT AS [Delivered];
END
