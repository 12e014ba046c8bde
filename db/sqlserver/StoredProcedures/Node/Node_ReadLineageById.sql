-- The node and its ancestors, root first. The path lists their ids ("/1/4/19/"), as SQLite reads them: split it and
-- seek each id on the clustered key (a handful of seeks), where "Target.Path LIKE Ancestor.Path + '%'" could use no
-- index and scanned every node of the city for every breadcrumb.
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
        CROSS APPLY STRING_SPLIT(Target.[Path], N'/') Part
        INNER JOIN [dbo].[NodeView] Ancestor ON Ancestor.[Id] = TRY_CONVERT(BIGINT, Part.[value])
    WHERE
        Target.[Id] = @Id
        AND Part.[value] <> N''
    ORDER BY
        Ancestor.[Level] ASC;
END
