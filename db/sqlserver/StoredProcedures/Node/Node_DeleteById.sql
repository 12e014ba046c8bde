-- Deletes a node only when nothing refers to it ([dbo].[NodeHistory]), in one statement, and returns how many
-- rows went (0 or 1). Someone adding a child at the same moment waits on the row lock, then fails its
-- foreign key: the check and the delete cannot be split.
CREATE PROCEDURE [dbo].[Node_DeleteById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[Node]
    WHERE
        [Id] = @Id
        AND NOT EXISTS (SELECT 1 FROM [dbo].[NodeHistory](@Id) H WHERE H.[HasHistory] = 1);

    SELECT @@ROWCOUNT AS [Deleted];
END
