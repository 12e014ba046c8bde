-- The live estates under @ScopePath the registry holds as struck off, in hierarchy order (ids break ties): what the
-- look-back list and counts start from. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[Estate_ReadStruckOffByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        E.[Id] AS [EstateId],
        N.[Name] AS [EstateName],
        N.[Path],
        C.[Id] AS [CommunityId],
        C.[Name] AS [CommunityName],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName],
        E.[Status],
        E.[Mode],
        E.[SixHaves],
        E.[StruckOffDate]
    FROM
        [dbo].[Estate] E
        INNER JOIN [dbo].[Node] N ON N.[Id] = E.[Id]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND N.[IsRetired] = 0
        AND E.[StruckOffDate] IS NOT NULL
    ORDER BY
        S.[SortOrder] ASC,
        S.[Id] ASC,
        C.[SortOrder] ASC,
        C.[Id] ASC,
        N.[Id] ASC;
END
