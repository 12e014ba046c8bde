-- Records a failed attempt on a pending delivery: pending again from @NextAttemptUtc, or failed for good when it is NULL.
CREATE PROCEDURE [dbo].[WebhookDelivery_UpdateFailed]
    @Id BIGINT,
    @LastError NVARCHAR (500),
    @NextAttemptUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[WebhookDelivery]
    SET
        [Status] = CASE WHEN @NextAttemptUtc IS NULL THEN 3 ELSE 1 END,
        [NextAttemptUtc] = COALESCE(@NextAttemptUtc, [NextAttemptUtc]),
        [LeaseUntilUtc] = NULL,
        [LastError] = @LastError
    WHERE
        [Id] = @Id
        AND [Status] = 1;
END
