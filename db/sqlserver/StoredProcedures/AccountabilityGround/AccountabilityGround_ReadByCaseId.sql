-- A case's grounds: orders first, then missed returns, newest week first.
CREATE PROCEDURE [dbo].[AccountabilityGround_ReadByCaseId]
    @CaseId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [CaseId],
        [Kind],
        [TargetId],
        [WeekEnding],
        [Note]
    FROM
        [dbo].[AccountabilityGround]
    WHERE
        [CaseId] = @CaseId
    ORDER BY
        [Kind] ASC,
        [WeekEnding] DESC,
        [TargetId] ASC;
END
