-- A programme's targets for one year: node rows by node id, then label rows in the order they were added.
CREATE PROCEDURE [dbo].[AreaTarget_ReadByProgrammeIdYear]
    @ProgrammeId BIGINT,
    @Year INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ProgrammeId],
        [NodeId],
        [Label],
        [Year],
        [TargetArea],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[AreaTarget]
    WHERE
        [ProgrammeId] = @ProgrammeId
        AND [Year] = @Year
    ORDER BY
        CASE WHEN [NodeId] IS NULL THEN 1 ELSE 0 END ASC,
        [NodeId] ASC,
        [Id] ASC;
END
