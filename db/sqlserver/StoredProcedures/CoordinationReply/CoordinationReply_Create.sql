-- Records a member unit's reply, in the item's update transaction; returns its id.
CREATE PROCEDURE [dbo].[CoordinationReply_Create]
    @ItemId BIGINT,
    @RepliedOn DATE,
    @Text NVARCHAR (MAX),
    @IsClosing BIT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[CoordinationReply] ([ItemId], [RepliedOn], [Text], [IsClosing], [RecordedUtc], [RecordedByName])
    VALUES (@ItemId, @RepliedOn, @Text, @IsClosing, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
