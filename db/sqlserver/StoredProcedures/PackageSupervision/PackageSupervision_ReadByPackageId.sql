-- A package's daily-supervision records, newest first, with the estate's name.
CREATE PROCEDURE [dbo].[PackageSupervision_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[Id],
        R.[PackageId],
        R.[EstateId],
        R.[Date],
        R.[Inspector],
        R.[ProblemFound],
        R.[Finding],
        R.[RecordedUtc],
        R.[RecordedByName],
        N.[Name] AS [EstateName]
    FROM
        [dbo].[PackageSupervision] R
        INNER JOIN [dbo].[Node] N ON N.[Id] = R.[EstateId]
    WHERE
        R.[PackageId] = @PackageId
    ORDER BY
        R.[Date] DESC,
        R.[Id] DESC;
END
