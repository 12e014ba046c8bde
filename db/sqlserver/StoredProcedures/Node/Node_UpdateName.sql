-- Renames a node if @Version is still current; otherwise raises 50409 and changes nothing.
-- A sibling of the same name raises 2627 ([UQ_Node_ParentId_Name]).
CREATE PROCEDURE [dbo].[Node_UpdateName]
    @Id BIGINT,
    @Name NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Node]
    SET
        [Name] = @Name
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END
END
