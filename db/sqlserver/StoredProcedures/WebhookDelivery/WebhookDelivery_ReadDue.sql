-- Pending deliveries due at @NowUtc that nobody holds a lease on, oldest first.
CREATE PROCEDURE [dbo].[WebhookDelivery_ReadDue]
    @NowUtc DATETIME2 (7),
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
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
        [Status] = 1
        AND [NextAttemptUtc] <= @NowUtc
        AND ([LeaseUntilUtc] IS NULL OR [LeaseUntilUtc] <= @NowUtc)
    ORDER BY
        [NextAttemptUtc] ASC,
        [Id] ASC;
END
