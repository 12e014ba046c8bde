-- The stored community parts of a return, with the community's name, in name order.
CREATE PROCEDURE [dbo].[ReturnCommunityPart_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[WeeklyReturnId],
        P.[CommunityId],
        N.[Name] AS [CommunityName],
        P.[StartedUtc],
        P.[StartedByName],
        P.[DoneUtc],
        P.[DoneByUserId],
        P.[DoneByName],
        P.[Version]
    FROM
        [dbo].[ReturnCommunityPart] P
        INNER JOIN [dbo].[Node] N ON N.[Id] = P.[CommunityId]
    WHERE
        P.[WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        N.[Name] ASC,
        P.[CommunityId] ASC;
END
