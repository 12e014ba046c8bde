-- Deletes a node that Core found without history (its references read by [dbo].[Node_ReadReferences] in the same
-- transaction), and returns how many rows went (0 or 1). A reference added at the same moment makes a foreign key
-- refuse the delete (547), which the C# reads as "has history".
CREATE PROCEDURE [dbo].[Node_DeleteById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[Node]
    WHERE
        [Id] = @Id;

    SELECT @@ROWCOUNT AS [Deleted];
END
