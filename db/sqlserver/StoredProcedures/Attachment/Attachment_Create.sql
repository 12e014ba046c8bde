-- Stores an evidence file; returns its id. The checks (type by content, size, name) are AttachmentService's (Core); an
-- unknown node is the foreign key's to refuse.
CREATE PROCEDURE [dbo].[Attachment_Create]
    @OwnerKind INT,
    @OwnerId BIGINT,
    @NodeId BIGINT,
    @FileName NVARCHAR (120),
    @Type INT,
    @SizeBytes BIGINT,
    @Sha256 NVARCHAR (64),
    @UploadedUtc DATETIME2 (7),
    @UploadedByUserId BIGINT,
    @UploadedByName NVARCHAR (100),
    @Content VARBINARY (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Attachment] (
        [OwnerKind], [OwnerId], [NodeId], [FileName], [Type], [SizeBytes], [Sha256], [UploadedUtc], [UploadedByUserId],
        [UploadedByName], [Content]
    )
    VALUES (
        @OwnerKind, @OwnerId, @NodeId, @FileName, @Type, @SizeBytes, @Sha256, @UploadedUtc, @UploadedByUserId,
        @UploadedByName, @Content
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
