-- The campaign of the district that contains the node at @NodePath (the district itself or anything below it):
-- the newest when there are several, by start date then creation. An empty path names no node and finds nothing.
CREATE PROCEDURE [dbo].[Campaign_ReadByNodePath]
    @NodePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (1)
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
        @NodePath <> N''
        AND @NodePath LIKE [DistrictPath] + N'%'
    ORDER BY
        [StartDate] DESC,
        [Id] DESC;
END
