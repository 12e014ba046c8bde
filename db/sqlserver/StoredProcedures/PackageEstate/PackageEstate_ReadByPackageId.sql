-- A package's estates, live and past, in hierarchy order, with their households (the registry's).
CREATE PROCEDURE [dbo].[PackageEstate_ReadByPackageId]
    @PackageId BIGINT
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
        PE.[PackageId] = @PackageId
    ORDER BY
        C.[SortOrder],
        C.[Id],
        N.[Id];
END
