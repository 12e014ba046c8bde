-- A package's renewal votes, newest first.
CREATE PROCEDURE [dbo].[PackageVote_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        V.[Id],
        V.[PackageId],
        V.[TenderId],
        V.[Date],
        V.[Households],
        V.[BallotsReturned],
        V.[VotesForRenewal],
        V.[RecordedUtc],
        V.[RecordedByName]
    FROM
        [dbo].[PackageVote] V
    WHERE
        V.[PackageId] = @PackageId
    ORDER BY
        V.[Date] DESC,
        V.[Id] DESC;
END
