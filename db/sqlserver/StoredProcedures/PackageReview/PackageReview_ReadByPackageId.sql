-- A package's quarterly reviews, newest quarter first, then in hierarchy order of the estates.
CREATE PROCEDURE [dbo].[PackageReview_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[Id],
        R.[PackageId],
        R.[EstateId],
        R.[Year],
        R.[Quarter],
        R.[Score],
        R.[Reviewer],
        R.[Note],
        R.[RecordedUtc],
        R.[RecordedByName],
        N.[Name] AS [EstateName]
    FROM
        [dbo].[PackageReview] R
        INNER JOIN [dbo].[Node] N ON N.[Id] = R.[EstateId]
    WHERE
        R.[PackageId] = @PackageId
    ORDER BY
        R.[Year] DESC,
        R.[Quarter] DESC,
        N.[Path],
        R.[Id];
END
