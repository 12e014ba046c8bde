-- The packages of the sub-districts under @ScopePath and those with a live estate under it (a community officer's),
-- in hierarchy order, live first. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[Package_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[Id],
        P.[SubDistrictId],
        P.[Name],
        P.[CreatedOn],
        P.[DissolvedOn],
        P.[Version],
        S.[Name] AS [SubDistrictName],
        S.[Path],
        (SELECT COUNT(*) FROM [dbo].[PackageEstate] PE WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1) AS [EstateCount],
        (SELECT ISNULL(SUM(E.[Households]), 0)
            FROM [dbo].[PackageEstate] PE INNER JOIN [dbo].[Estate] E ON E.[Id] = PE.[EstateId]
            WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1) AS [Households]
    FROM
        [dbo].[Package] P
        INNER JOIN [dbo].[Node] S ON S.[Id] = P.[SubDistrictId]
    WHERE
        @ScopePath <> N''
        AND (
            S.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
            OR EXISTS (
                SELECT 1
                FROM [dbo].[PackageEstate] PE INNER JOIN [dbo].[Node] M ON M.[Id] = PE.[EstateId]
                WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1 AND M.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
            )
        )
    ORDER BY
        S.[SortOrder],
        S.[Id],
        CASE WHEN P.[DissolvedOn] IS NULL THEN 0 ELSE 1 END,
        P.[Id];
END
