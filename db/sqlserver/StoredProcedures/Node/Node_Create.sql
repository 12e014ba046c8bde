-- Creates a node under @ParentId (NULL only for the city) and returns it with its id and path.
-- Which level may sit under which parent, and never under a retired one, is HierarchyService's rule (Core). A missing
-- parent is refused by the foreign key (547); a sibling of the same name raises 2627 ([UQ_Node_ParentId_Name]).
CREATE PROCEDURE [dbo].[Node_Create]
    @ParentId BIGINT,
    @Level INT,
    @Name NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @ParentPath NVARCHAR (200) = N'/';

    IF @ParentId IS NOT NULL
    BEGIN
        SELECT
            @ParentPath = [Path]
        FROM
            [dbo].[Node]
        WHERE
            [Id] = @ParentId;
    END

    -- The path needs the new id, so the row goes in with its parent's path and is completed at once.
    INSERT INTO [dbo].[Node] ([ParentId], [Level], [Name], [Path])
    VALUES (@ParentId, @Level, @Name, @ParentPath);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    UPDATE
        [dbo].[Node]
    SET
        [Path] = @ParentPath + CONVERT(NVARCHAR (20), @Id) + N'/'
    WHERE
        [Id] = @Id;

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
        [Id] = @Id;
END
