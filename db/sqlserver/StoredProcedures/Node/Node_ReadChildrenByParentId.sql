-- Direct children, ordered by SortOrder then Name (Id breaks ties so paging and tests are deterministic).
CREATE PROCEDURE [dbo].[Node_ReadChildrenByParentId]
    @ParentId BIGINT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        [ParentId] = @ParentId
        AND (@IncludeRetired = 1 OR [IsRetired] = 0)
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC
    OPTION (RECOMPILE);
END
