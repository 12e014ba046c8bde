-- 2026-12-04_41_CampaignRulesInCore: which node runs a campaign, which estates join its list and which leave it are
-- Core's rules (CampaignService), checked before the write. The procedures lose their THROW 50400 and keep the
-- foreign keys; a list that changed since Core read it is reported by the count (0), which the caller turns into a
-- conflict. Re-runnable.

-- Creates a campaign and its baseline list: every live estate under the district whose registry status is 无物业/失管
-- (3, Unmanaged) at this moment. Returns the new id. Which node may run a campaign (a live district) is Core's rule
-- (CampaignService); an unknown node is the foreign key's (547). Paths hold only digits and slashes, so the
-- district's path needs no LIKE escaping.
CREATE OR ALTER PROCEDURE [dbo].[Campaign_Create]
    @DistrictId BIGINT,
    @Name NVARCHAR (200),
    @StartDate DATE,
    @TargetDate DATE,
    @DeadlineDay INT,
    @DeadlineTime TIME (0),
    @AddedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Campaign] ([DistrictId], [Name], [StartDate], [TargetDate], [DeadlineDay], [DeadlineTime])
    VALUES (@DistrictId, @Name, @StartDate, @TargetDate, @DeadlineDay, @DeadlineTime);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    DECLARE @DistrictPath NVARCHAR (200) = (SELECT [Path] FROM [dbo].[Node] WHERE [Id] = @DistrictId);

    INSERT INTO [dbo].[CampaignEstate] ([CampaignId], [EstateId], [AddedUtc])
    SELECT
        @Id,
        V.[Id],
        @AddedUtc
    FROM
        [dbo].[EstateView] V
    WHERE
        V.[Path] LIKE @DistrictPath + N'%'
        AND V.[Status] = 3
        AND V.[IsRetired] = 0;

    SELECT @Id AS [Id];
END
GO

-- Puts an estate on a campaign's list, or back on it when it had been removed (the removal is cleared and the
-- new reason kept). Returns 1 when the list changed, 0 when the estate was already on it (someone got in between:
-- the caller's conflict). Which estates may join (those under the campaign's district) is Core's rule
-- (CampaignService); an unknown campaign or estate is the foreign key's (547).
CREATE OR ALTER PROCEDURE [dbo].[CampaignEstate_Create]
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
GO

-- Takes an estate off a campaign's list, keeping the row with when and why. Returns 1 when it was on the list,
-- 0 when it was not (removed or never listed: Core checked the list, so someone got in between, the caller's conflict).
CREATE OR ALTER PROCEDURE [dbo].[CampaignEstate_UpdateRemoved]
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
GO
