-- Removes a node's robot. Returns 1 when it had one, 0 otherwise.
CREATE PROCEDURE [dbo].[RobotWebhook_DeleteById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[RobotWebhook]
    WHERE
        [NodeId] = @NodeId;

    SELECT @@ROWCOUNT AS [Deleted];
END
