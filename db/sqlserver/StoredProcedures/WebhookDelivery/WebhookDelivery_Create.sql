-- Queues a robot message unless one with the same delivery id exists, in one statement (UPDLOCK, HOLDLOCK keeps the
-- key range locked from the test to the insert). Returns the new id, or NULL when nothing was queued.
CREATE PROCEDURE [dbo].[WebhookDelivery_Create]
    @DeliveryId NVARCHAR (250),
    @NodeId BIGINT,
    @Title NVARCHAR (400),
    @Body NVARCHAR (MAX),
    @Link NVARCHAR (1000),
    @CreatedUtc DATETIME2 (7),
    @NextAttemptUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[WebhookDelivery] ([DeliveryId], [NodeId], [Title], [Body], [Link], [CreatedUtc], [Status], [Attempts], [NextAttemptUtc])
    SELECT
        @DeliveryId,
        @NodeId,
        @Title,
        @Body,
        @Link,
        @CreatedUtc,
        1,
        0,
        @NextAttemptUtc
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[WebhookDelivery] WITH (UPDLOCK, HOLDLOCK)
            WHERE [DeliveryId] = @DeliveryId
        );

    DECLARE @Added INT = @@ROWCOUNT;

    SELECT CASE WHEN @Added = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
