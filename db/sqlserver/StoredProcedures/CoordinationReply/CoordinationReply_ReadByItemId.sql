-- An item's replies, in the order they were recorded.
CREATE PROCEDURE [dbo].[CoordinationReply_ReadByItemId]
    @ItemId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ItemId],
        [RepliedOn],
        [Text],
        [IsClosing],
        [RecordedUtc],
        [RecordedByName]
    FROM
        [dbo].[CoordinationReply]
    WHERE
        [ItemId] = @ItemId
    ORDER BY
        [Id] ASC;
END
