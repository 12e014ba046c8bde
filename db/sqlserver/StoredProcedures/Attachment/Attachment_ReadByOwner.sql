-- The owner's attachments without their bytes (an empty [Content], so lists stay small), oldest first (Id breaks ties).
CREATE PROCEDURE [dbo].[Attachment_ReadByOwner]
    @OwnerKind INT,
    @OwnerId BIGINT
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
        A.[OwnerKind] = @OwnerKind
        AND A.[OwnerId] = @OwnerId
    ORDER BY
        A.[UploadedUtc] ASC,
        A.[Id] ASC;
END
