-- A node as Core's Node sees it: the row version exposed as a BIGINT [Version].
CREATE VIEW [dbo].[NodeView]
AS
SELECT
    [Id],
    [ParentId],
    [Level],
    [Name],
    [Path],
    [IsRetired],
    [SortOrder],
    CONVERT(BIGINT, [RowVersion]) AS [Version]
FROM
    [dbo].[Node];
