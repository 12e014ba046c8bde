-- Moves a node and its whole subtree under @ParentId and rewrites every path below it.
-- Stale @Version (or no such node) raises 50409; a missing parent is refused by the foreign key (547); a sibling of
-- the same name raises 2627. Nothing is changed then, nor when the node already sits under @ParentId. Which level may
-- sit where, never under a retired node and never under itself is HierarchyService's rule (Core), checked before the
-- call: a parent is exactly one level above, so it can never lie inside the node's own subtree.
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
