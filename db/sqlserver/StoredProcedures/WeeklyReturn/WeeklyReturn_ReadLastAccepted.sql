-- The sub-district's newest return for a week before @WeekEnding whose status is Accepted (4) now, without its
-- rows: what a new week is pre-filled from and validated against. A reopened return is not accepted until it
-- is accepted again.
CREATE PROCEDURE [dbo].[WeeklyReturn_ReadLastAccepted]
    @SubDistrictId BIGINT,
    @WeekEnding DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (1)
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [LastSubmittedUtc],
        [SubmittedByUserId],
        [SubmittedByName],
        [ReviewedUtc],
        [ReviewedByUserId],
        [ReviewedByName],
        [ReviewReason],
        [HasBeenAccepted],
        [IsRestatement],
        [ProgressNarrative],
        [ProblemsNarrative],
        [NextWeekPlan],
        [Version]
    FROM
        [dbo].[WeeklyReturnView]
    WHERE
        [SubDistrictId] = @SubDistrictId
        AND [WeekEnding] < @WeekEnding
        AND [Status] = 4
    ORDER BY
        [WeekEnding] DESC;
END
