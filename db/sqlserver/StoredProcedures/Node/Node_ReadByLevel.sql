-- Nodes of one level under a scope path (the scope node itself included when it has that level). An empty
-- scope names no node and matches nothing; the path's characters are taken literally, never as wildcards.
CREATE PROCEDURE [dbo].[Node_ReadByLevel]
    @ScopePath NVARCHAR (200),
    @Level INT,
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
        @ScopePath <> N''
        AND [Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [Level] = @Level
        AND (@IncludeRetired = 1 OR [IsRetired] = 0)
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC
    OPTION (RECOMPILE);
END
