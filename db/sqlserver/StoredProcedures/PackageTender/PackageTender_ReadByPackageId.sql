-- A package's tenders, newest first (the id breaks ties).
CREATE PROCEDURE [dbo].[PackageTender_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        T.[Id],
        T.[PackageId],
        T.[Date],
        T.[Bidders],
        T.[WinnerName],
        T.[WinnerEnterpriseId],
        T.[Price],
        T.[TermStart],
        T.[TermEnd],
        T.[RecordedUtc],
        T.[RecordedByName]
    FROM
        [dbo].[PackageTender] T
    WHERE
        T.[PackageId] = @PackageId
    ORDER BY
        T.[Date] DESC,
        T.[Id] DESC;
END
