-- Every live membership of an estate under @ScopePath. An empty scope matches nothing.
CREATE PROCEDURE [dbo].[PackageEstate_ReadLiveByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        PE.[PackageId],
        PE.[EstateId],
        PE.[Live],
        N.[Name] AS [EstateName],
        N.[Path],
        C.[Id] AS [CommunityId],
        C.[Name] AS [CommunityName],
        E.[Households]
    FROM
        [dbo].[PackageEstate] PE
        INNER JOIN [dbo].[Estate] E ON E.[Id] = PE.[EstateId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = PE.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
    WHERE
        @ScopePath <> N''
        AND PE.[Live] = 1
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        C.[SortOrder],
        C.[Id],
        N.[Id];
END
