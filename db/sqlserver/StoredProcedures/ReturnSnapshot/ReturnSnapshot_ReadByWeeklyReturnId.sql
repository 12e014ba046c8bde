-- Every snapshot of one return, oldest first: the original acceptance, then each restatement.
CREATE PROCEDURE [dbo].[ReturnSnapshot_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [WeeklyReturnId],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [AcceptedUtc],
        [IsRestatement],
        [WasOnTime],
        [Baseline],
        [Covered],
        [Remaining],
        [PercentCleared],
        [NewlyCovered],
        [CommitteesFormed],
        [HouseholdsCovered],
        [CoveredEstateIds]
    FROM
        [dbo].[ReturnSnapshot]
    WHERE
        [WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        [AcceptedUtc] ASC,
        [Id] ASC;
END
