-- Takes a delivery for one attempt if it is still pending and nobody holds a lease at @NowUtc: one statement, so two
-- job runs cannot both take it. Returns 1 when taken, 0 otherwise.
CREATE PROCEDURE [dbo].[WebhookDelivery_UpdateClaim]
    @Id BIGINT,
    @NowUtc DATETIME2 (7),
    @LeaseUntilUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[WebhookDelivery]
    SET
        [Attempts] = [Attempts] + 1,
        [LeaseUntilUtc] = @LeaseUntilUtc
    WHERE
        [Id] = @Id
        AND [Status] = 1
        AND ([LeaseUntilUtc] IS NULL OR [LeaseUntilUtc] <= @NowUtc);

    SELECT @@ROWCOUNT AS [Claimed];
END
