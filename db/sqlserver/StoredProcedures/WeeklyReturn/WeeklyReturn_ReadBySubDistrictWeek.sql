-- The return of one sub-district for one week, without its rows; at most one
-- ([UQ_WeeklyReturn_SubDistrictId_WeekEnding]).
CREATE PROCEDURE [dbo].[WeeklyReturn_ReadBySubDistrictWeek]
    @SubDistrictId BIGINT,
    @WeekEnding DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
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
        AND [WeekEnding] = @WeekEnding;
END
