-- Every programme, oldest first.
CREATE PROCEDURE [dbo].[RetrofitProgramme_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [NodeId],
        [Name],
        [FirstYear],
        [LastYear],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[RetrofitProgramme]
    ORDER BY
        [FirstYear] ASC,
        [Id] ASC;
END
