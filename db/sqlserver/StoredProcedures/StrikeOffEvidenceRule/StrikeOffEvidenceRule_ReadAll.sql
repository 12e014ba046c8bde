-- Every per-mode strike-off evidence rule, by mode.
CREATE PROCEDURE [dbo].[StrikeOffEvidenceRule_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Mode],
        [Document]
    FROM
        [dbo].[StrikeOffEvidenceRule]
    ORDER BY
        [Mode] ASC;
END
