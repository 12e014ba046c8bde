CREATE PROCEDURE [dbo].[Campaign_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [DistrictId],
        [Name],
        [StartDate],
        [TargetDate],
        [DeadlineDay],
        [DeadlineTime],
        [Version]
    FROM
        [dbo].[CampaignView]
    WHERE
        [Id] = @Id;
END
