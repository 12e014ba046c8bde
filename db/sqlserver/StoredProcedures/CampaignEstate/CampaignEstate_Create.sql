-- Puts an estate on a campaign's list, or back on it when it had been removed (the removal is cleared and the
-- new reason kept). Returns 1 when the list changed, 0 when the estate was already on it. An unknown campaign, or
-- an estate that is not under the campaign's district, raises 50400.
CREATE PROCEDURE [dbo].[CampaignEstate_Create]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @AddedUtc DATETIME2 (7),
    @AddedReason NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @DistrictPath NVARCHAR (200);

    SELECT
        @DistrictPath = [DistrictPath]
    FROM
        [dbo].[CampaignView]
    WHERE
        [Id] = @CampaignId;

    IF @DistrictPath IS NULL
    BEGIN
        THROW 50400, N'The campaign does not exist.', 1;
    END

    IF NOT EXISTS (SELECT 1 FROM [dbo].[EstateView] WHERE [Id] = @EstateId AND [Path] LIKE @DistrictPath + N'%')
    BEGIN
        THROW 50400, N'The estate is not under the campaign''s district.', 1;
    END

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
