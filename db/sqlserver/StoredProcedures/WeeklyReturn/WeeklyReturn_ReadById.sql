-- A return without its rows ([dbo].[ReturnRow_ReadByWeeklyReturnId] reads those).
CREATE PROCEDURE [dbo].[WeeklyReturn_ReadById]
    @Id BIGINT
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
        [Id] = @Id;
END
