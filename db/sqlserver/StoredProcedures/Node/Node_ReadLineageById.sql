-- The node and its ancestors, root first: every node whose path is a prefix of this node's path.
CREATE PROCEDURE [dbo].[Node_ReadLineageById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Ancestor.[Id],
        Ancestor.[ParentId],
        Ancestor.[Level],
        Ancestor.[Name],
        Ancestor.[Path],
        Ancestor.[IsRetired],
        Ancestor.[SortOrder],
        Ancestor.[Version]
    FROM
        [dbo].[Node] Target
        INNER JOIN [dbo].[NodeView] Ancestor ON Target.[Path] LIKE Ancestor.[Path] + N'%'
    WHERE
        Target.[Id] = @Id
    ORDER BY
        Ancestor.[Level] ASC;
END
