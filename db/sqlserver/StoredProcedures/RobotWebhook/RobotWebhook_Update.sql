-- Sets a node's robot: replaces the row, or inserts it when the node has none (UPDLOCK, HOLDLOCK: two admins saving
-- at once do not both insert). What may be set is RobotWebhookService's rule (Core); an unknown node raises 547.
CREATE PROCEDURE [dbo].[RobotWebhook_Update]
    @NodeId BIGINT,
    @Kind INT,
    @Url NVARCHAR (1000),
    @Secret NVARCHAR (200),
    @UpdatedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[RobotWebhook] WITH (UPDLOCK, HOLDLOCK)
    SET
        [Kind] = @Kind,
        [Url] = @Url,
        [Secret] = @Secret,
        [UpdatedUtc] = @UpdatedUtc
    WHERE
        [NodeId] = @NodeId;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[RobotWebhook] ([NodeId], [Kind], [Url], [Secret], [UpdatedUtc])
        VALUES (@NodeId, @Kind, @Url, @Secret, @UpdatedUtc);
    END
END
