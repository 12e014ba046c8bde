-- One package with its sub-district's name and path (the scope test) and its live estates' count and households.
CREATE PROCEDURE [dbo].[Package_ReadById]
    @Id BIGINT
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
        P.[Id] = @Id;
END
