-- Puts an estate on a campaign's list, or back on it when it had been removed (the removal is cleared and the
-- new reason kept). Returns 1 when the list changed, 0 when the estate was already on it (someone got in between:
-- the caller's conflict). Which estates may join (those under the campaign's district) is Core's rule
-- (CampaignService); an unknown campaign or estate is the foreign key's (547).
CREATE PROCEDURE [dbo].[CampaignEstate_Create]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @AddedUtc DATETIME2 (7),
    @AddedReason NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CampaignEstate]
    SET
        [AddedUtc] = @AddedUtc,
        [AddedReason] = @AddedReason,
        [RemovedUtc] = NULL,
        [RemovedReason] = NULL
    WHERE
        [CampaignId] = @CampaignId
        AND [EstateId] = @EstateId
        AND [RemovedUtc] IS NOT NULL;

    DECLARE @Added INT = @@ROWCOUNT;

    IF @Added = 0
    BEGIN
        -- UPDLOCK, HOLDLOCK: two admins adding the same estate at once serialise here instead of one failing the key.
        INSERT INTO [dbo].[CampaignEstate] ([CampaignId], [EstateId], [AddedUtc], [AddedReason])
        SELECT
            @CampaignId,
            @EstateId,
            @AddedUtc,
            @AddedReason
        WHERE
            NOT EXISTS (
                SELECT 1
                FROM [dbo].[CampaignEstate] WITH (UPDLOCK, HOLDLOCK)
                WHERE [CampaignId] = @CampaignId AND [EstateId] = @EstateId
            );

        SET @Added = @@ROWCOUNT;
    END

    SELECT @Added AS [Added];
END
