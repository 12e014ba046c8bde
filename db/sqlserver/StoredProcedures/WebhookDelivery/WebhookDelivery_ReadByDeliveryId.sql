-- One delivery by its delivery id, or no row.
CREATE PROCEDURE [dbo].[WebhookDelivery_ReadByDeliveryId]
    @DeliveryId NVARCHAR (250)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [DeliveryId],
        [NodeId],
        [Title],
        [Body],
        [Link],
        [CreatedUtc],
        [Status],
        [Attempts],
        [NextAttemptUtc],
        [LeaseUntilUtc],
        [DeliveredUtc],
        [LastError]
    FROM
        [dbo].[WebhookDelivery]
    WHERE
        [DeliveryId] = @DeliveryId;
END
