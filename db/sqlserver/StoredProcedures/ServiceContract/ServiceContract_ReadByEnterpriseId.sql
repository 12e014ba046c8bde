-- An enterprise's contracts on estates under @ScopePath, newest start first. An empty scope matches nothing; the path is
-- never a wildcard.
CREATE PROCEDURE [dbo].[ServiceContract_ReadByEnterpriseId]
    @EnterpriseId BIGINT,
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[EstateId],
        C.[EnterpriseId],
        C.[StartDate],
        C.[EndDate],
        C.[FeePerSquareMetre],
        C.[Level],
        C.[SignedOn],
        C.[EndedOn],
        C.[CreatedUtc],
        C.[CreatedByName],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version],
        E.[Name] AS [EnterpriseName],
        E.[IsStateOwned],
        N.[Name] AS [EstateName],
        N.[Path] AS [EstatePath],
        ISNULL(S.[Id], 0) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        [dbo].[ServiceContract] C
        INNER JOIN [dbo].[Enterprise] E ON E.[Id] = C.[EnterpriseId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[EstateId]
        INNER JOIN [dbo].[Node] CM ON CM.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = CM.[ParentId]
    WHERE
        C.[EnterpriseId] = @EnterpriseId
        AND @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        C.[StartDate] DESC,
        C.[Id] DESC
    OPTION (RECOMPILE);
END
