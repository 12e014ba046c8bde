-- Creates a campaign and its baseline list: every live estate under the district whose registry status is 无物业/失管
-- (3, Unmanaged) at this moment. Returns the new id. Which node may run a campaign (a live district) is Core's rule
-- (CampaignService); an unknown node is the foreign key's (547). Paths hold only digits and slashes, so the
-- district's path needs no LIKE escaping.
CREATE PROCEDURE [dbo].[Campaign_Create]
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
