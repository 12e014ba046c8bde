-- Takes an estate off a campaign's list, keeping the row with when and why. Returns 1 when it was on the list,
-- 0 when it was not (removed or never listed: Core checked the list, so someone got in between, the caller's conflict).
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

    SELECT @@ROWCOUNT AS [Removed];
END
