-- Takes an estate off a campaign's list, keeping the row with when and why. Returns 1 when it was on the list,
-- 0 when it had already been removed; an estate never on the list raises 50400.
CREATE PROCEDURE [dbo].[CampaignEstate_UpdateRemoved]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @RemovedUtc DATETIME2 (7),
    @RemovedReason NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CampaignEstate]
    SET
        [RemovedUtc] = @RemovedUtc,
        [RemovedReason] = @RemovedReason
    WHERE
        [CampaignId] = @CampaignId
        AND [EstateId] = @EstateId
        AND [RemovedUtc] IS NULL;

    DECLARE @Removed INT = @@ROWCOUNT;

    IF @Removed = 0 AND NOT EXISTS (SELECT 1 FROM [dbo].[CampaignEstate] WHERE [CampaignId] = @CampaignId AND [EstateId] = @EstateId)
    BEGIN
        THROW 50400, N'The estate is not on the campaign''s list.', 1;
    END

    SELECT @Removed AS [Removed];
END
