CREATE PROCEDURE [dbo].[Node_ReadById]
    @Id BIGINT
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
        [Id] = @Id;
END
