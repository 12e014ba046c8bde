-- A works project with its lead estate's name, path and community, its merged estates as "12,15" (ascending), and
-- its row version as a BIGINT [Version].
CREATE VIEW [dbo].[RetrofitProjectView]
AS
SELECT
    P.[Id],
    P.[EstateId],
    P.[Name],
    P.[WorkItems],
    P.[Area],
    P.[Status],
    P.[StartedDate],
    P.[CompletedDate],
    P.[AcceptedDate],
    CONVERT(BIGINT, P.[RowVersion]) AS [Version],
    E.[Name] AS [EstateName],
    E.[Path] AS [EstatePath],
    E.[ParentId] AS [CommunityId],
    (
        SELECT STRING_AGG(CONVERT(NVARCHAR (20), M.[EstateId]), N',') WITHIN GROUP (ORDER BY M.[EstateId] ASC)
        FROM [dbo].[RetrofitProjectEstate] M
        WHERE M.[ProjectId] = P.[Id]
    ) AS [MergedIds]
FROM
    [dbo].[RetrofitProject] P
    INNER JOIN [dbo].[Node] E ON E.[Id] = P.[EstateId];
