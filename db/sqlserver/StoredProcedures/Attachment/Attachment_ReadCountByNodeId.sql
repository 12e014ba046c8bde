-- How many attachments a node has, whatever their owner (the strike-off evidence rule asks).
CREATE PROCEDURE [dbo].[Attachment_ReadCountByNodeId]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        COUNT(*) AS [Count]
    FROM
        [dbo].[Attachment]
    WHERE
        [NodeId] = @NodeId;
END
