-- Creates a node under @ParentId (NULL only for the city) and returns it with its id and path.
-- A missing or retired parent, or one of the wrong level, raises 50400; a sibling of the same name raises 2627
-- ([UQ_Node_ParentId_Name]).
CREATE PROCEDURE [dbo].[Node_Create]
    @ParentId BIGINT,
    @Level INT,
    @Name NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @ParentPath NVARCHAR (200) = N'/';
    DECLARE @ParentLevel INT = 0;
    DECLARE @ParentIsRetired BIT = 0;

    IF @ParentId IS NOT NULL
    BEGIN
        SELECT
            @ParentPath = [Path],
            @ParentLevel = [Level],
            @ParentIsRetired = [IsRetired]
        FROM
            [dbo].[Node]
        WHERE
            [Id] = @ParentId;

        IF @@ROWCOUNT = 0
        BEGIN
            THROW 50400, N'The parent node does not exist.', 1;
        END
    END

    IF @ParentIsRetired = 1
    BEGIN
        THROW 50400, N'A retired node takes no new children.', 1;
    END

    IF @Level <> @ParentLevel + 1
    BEGIN
        THROW 50400, N'A node must sit exactly one level below its parent (the city has no parent).', 1;
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
