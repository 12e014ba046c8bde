-- One attachment without its bytes (an empty [Content]), with its node's path (for the scope test) and name.
CREATE PROCEDURE [dbo].[Attachment_ReadById]
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
        CONVERT(VARBINARY (MAX), 0x) AS [Content]
    FROM
        [dbo].[Attachment] A
        INNER JOIN [dbo].[Node] N ON N.[Id] = A.[NodeId]
    WHERE
        A.[Id] = @Id;
END
