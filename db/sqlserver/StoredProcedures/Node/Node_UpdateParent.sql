-- Moves a node and its whole subtree under @ParentId and rewrites every path below it.
-- Stale @Version (or no such node) raises 50409; a missing or retired parent, a parent of the wrong level or a
-- parent inside the node's own subtree raises 50400; a sibling of the same name raises 2627. Nothing is changed
-- then, nor when the node already sits under @ParentId.
CREATE PROCEDURE [dbo].[Node_UpdateParent]
    @Id BIGINT,
    @ParentId BIGINT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @OldPath NVARCHAR (200);
    DECLARE @Level INT;
    DECLARE @OldParentId BIGINT;

    SELECT
        @OldPath = [Path],
        @Level = [Level],
        @OldParentId = [ParentId]
    FROM
        [dbo].[Node] WITH (UPDLOCK)
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @OldPath IS NULL
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END

    DECLARE @ParentPath NVARCHAR (200);
    DECLARE @ParentLevel INT;
    DECLARE @ParentIsRetired BIT;

    SELECT
        @ParentPath = [Path],
        @ParentLevel = [Level],
        @ParentIsRetired = [IsRetired]
    FROM
        [dbo].[Node]
    WHERE
        [Id] = @ParentId;

    IF @ParentPath IS NULL
    BEGIN
        THROW 50400, N'The new parent node does not exist.', 1;
    END

    IF @ParentPath LIKE @OldPath + N'%'
    BEGIN
        THROW 50400, N'A node cannot be moved under itself or its own descendants.', 1;
    END

    IF @ParentLevel <> @Level - 1
    BEGIN
        THROW 50400, N'The new parent must be exactly one level above the node.', 1;
    END

    IF @ParentIsRetired = 1
    BEGIN
        THROW 50400, N'A retired node takes no new children.', 1;
    END

    IF @OldParentId = @ParentId
    BEGIN
        RETURN;
    END

    DECLARE @NewPath NVARCHAR (200) = @ParentPath + CONVERT(NVARCHAR (20), @Id) + N'/';

    UPDATE
        [dbo].[Node]
    SET
        [ParentId] = @ParentId
    WHERE
        [Id] = @Id;

    -- The node and every descendant: swap the old path prefix for the new one.
    UPDATE
        [dbo].[Node]
    SET
        [Path] = @NewPath + SUBSTRING([Path], LEN(@OldPath) + 1, 200)
    WHERE
        [Path] LIKE @OldPath + N'%';
END
