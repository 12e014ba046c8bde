-- 2026-12-04_80_Attachments: evidence files (证明材料, issue 16) kept in the database, and their procedures.
-- Re-runnable: the table and indexes only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[Attachment]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Attachment] (
        [Id]               BIGINT          IDENTITY (1, 1) NOT NULL,
        [OwnerKind]        INT             NOT NULL,
        [OwnerId]          BIGINT          NOT NULL,
        [NodeId]           BIGINT          NOT NULL,
        [FileName]         NVARCHAR (120)  NOT NULL,
        [Type]             INT             NOT NULL,
        [SizeBytes]        BIGINT          NOT NULL,
        [Sha256]           NVARCHAR (64)   NOT NULL,
        [UploadedUtc]      DATETIME2 (7)   NOT NULL,
        [UploadedByUserId] BIGINT          NOT NULL,
        [UploadedByName]   NVARCHAR (100)  NOT NULL,
        [Content]          VARBINARY (MAX) NOT NULL,
        CONSTRAINT [PK_Attachment] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Attachment_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Attachment]'), N'IX_Attachment_OwnerKind_OwnerId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Attachment_OwnerKind_OwnerId]
        ON [dbo].[Attachment] ([OwnerKind] ASC, [OwnerId] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Attachment]'), N'IX_Attachment_NodeId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Attachment_NodeId]
        ON [dbo].[Attachment] ([NodeId] ASC);
END
GO


-- Stores an evidence file; returns its id. The checks (type by content, size, name) are AttachmentService's (Core); an
-- unknown node is the foreign key's to refuse.
CREATE OR ALTER PROCEDURE [dbo].[Attachment_Create]
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
GO

-- One attachment without its bytes (an empty [Content]), with its node's path (for the scope test) and name.
CREATE OR ALTER PROCEDURE [dbo].[Attachment_ReadById]
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
GO

-- The owner's attachments without their bytes (an empty [Content], so lists stay small), oldest first (Id breaks ties).
CREATE OR ALTER PROCEDURE [dbo].[Attachment_ReadByOwner]
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
GO

-- One attachment with its bytes, for the download (the caller has tested the scope of [NodePath]).
CREATE OR ALTER PROCEDURE [dbo].[Attachment_ReadContentById]
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
GO

-- How many attachments a node has, whatever their owner (the strike-off evidence rule asks).
CREATE OR ALTER PROCEDURE [dbo].[Attachment_ReadCountByNodeId]
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
GO
