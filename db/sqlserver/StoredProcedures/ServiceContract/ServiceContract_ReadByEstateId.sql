-- An estate's contracts, newest start first.
CREATE PROCEDURE [dbo].[ServiceContract_ReadByEstateId]
    @EstateId BIGINT
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
        C.[EstateId] = @EstateId
    ORDER BY
        C.[StartDate] DESC,
        C.[Id] DESC;
END
