-- One attachment with its bytes, for the download (the caller has tested the scope of [NodePath]).
CREATE PROCEDURE [dbo].[Attachment_ReadContentById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        A.[Id],
        A.[OwnerKind],
        A.[OwnerId],
        A.[NodeId],
        A.[FileName],
        A.[Type],
        A.[SizeBytes],
        A.[Sha256],
        A.[UploadedUtc],
        A.[UploadedByUserId],
        A.[UploadedByName],
        N.[Path] AS [NodePath],
        N.[Name] AS [NodeName],
        A.[Content]
    FROM
        [dbo].[Attachment] A
        INNER JOIN [dbo].[Node] N ON N.[Id] = A.[NodeId]
    WHERE
        A.[Id] = @Id;
END
