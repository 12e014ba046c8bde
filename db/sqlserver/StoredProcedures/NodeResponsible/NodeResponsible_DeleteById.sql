-- Removes a node's responsible person. Returns 1 when it had one, 0 otherwise.
CREATE PROCEDURE [dbo].[NodeResponsible_DeleteById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[NodeResponsible]
    WHERE
        [NodeId] = @NodeId;

    SELECT @@ROWCOUNT AS [Deleted];
END
