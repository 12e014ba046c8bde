-- The rows of one return as filed and accepted, each with its estate's community: the community league and the
-- drill-down from a league figure read these. Ordered by community in hierarchy order (sort order, then id), then estate id:
-- ids, not names, so SQLite gives the same order.
CREATE PROCEDURE [dbo].[LeagueTable_ReadEstatesByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Filed.[WeeklyReturnId],
        Filed.[EstateId],
        Filed.[EstateName],
        Filed.[Households],
        Community.[Id] AS [CommunityId],
        Community.[Name] AS [CommunityName],
        Community.[SortOrder] AS [CommunitySortOrder],
        Filed.[IsStruckOff],
        Filed.[StruckOffDate],
        Filed.[CommitteeElectedDate]
    FROM
        [dbo].[ReturnRow] Filed
        INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[Id] = Filed.[EstateId]
        INNER JOIN [dbo].[Node] Community ON Community.[Id] = EstateNode.[ParentId]
    WHERE
        Filed.[WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        Community.[SortOrder] ASC,
        Community.[Id] ASC,
        Filed.[EstateId] ASC;
END
