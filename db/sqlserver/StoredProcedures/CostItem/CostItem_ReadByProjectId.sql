-- A project's cost lines, by year then id.
CREATE PROCEDURE [dbo].[CostItem_ReadByProjectId]
    @ProjectId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[ProjectId],
        C.[Year],
        C.[Category],
        C.[Amount],
        C.[IsFinalAccount],
        C.[Hardship],
        C.[HardshipDecidedDate],
        C.[HardshipNote],
        C.[Description],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version]
    FROM
        [dbo].[CostItem] C
    WHERE
        C.[ProjectId] = @ProjectId
    ORDER BY
        C.[Year] ASC,
        C.[Id] ASC;
END
