-- Campaigns of the districts under @ScopePath, newest first (start date, then creation). An empty scope matches
-- nothing; the path's characters are taken literally, never as wildcards.
CREATE PROCEDURE [dbo].[Campaign_ReadByScopePath]
    @ScopePath NVARCHAR (200)
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
        @ScopePath <> N''
        AND [DistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        [StartDate] DESC,
        [Id] DESC;
END
