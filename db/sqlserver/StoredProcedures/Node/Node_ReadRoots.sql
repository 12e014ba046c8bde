-- Nodes without a parent (the city). Empty on a fresh database, which is how demo seeding knows to run.
CREATE PROCEDURE [dbo].[Node_ReadRoots]
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
        [ParentId] IS NULL
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC;
END
