-- The highest 通报 number of @IssueYear; 0 when the year has none.
CREATE PROCEDURE [dbo].[AccountabilityCase_ReadMaxIssueNo]
    @IssueYear INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        ISNULL(MAX([IssueNo]), 0) AS [IssueNo]
    FROM
        [dbo].[AccountabilityCase]
    WHERE
        [IssueYear] = @IssueYear;
END
