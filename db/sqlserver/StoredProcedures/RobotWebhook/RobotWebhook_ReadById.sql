-- A node's group robot, or no row.
CREATE PROCEDURE [dbo].[RobotWebhook_ReadById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        W.[NodeId],
        N.[Name] AS [NodeName],
        N.[Path] AS [NodePath],
        W.[Kind],
        W.[Url],
        W.[Secret],
        W.[UpdatedUtc]
    FROM
        [dbo].[RobotWebhook] W
        INNER JOIN [dbo].[Node] N ON N.[Id] = W.[NodeId]
    WHERE
        W.[NodeId] = @NodeId;
END
