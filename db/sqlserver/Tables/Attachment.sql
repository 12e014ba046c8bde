-- Evidence files (证明材料, issue 16), the bytes in the row so every web server serves the same files. One owner each
-- ([OwnerKind] + [OwnerId]: 1 estate, 2 return row, 3 consultation, 4 committee filing, 5 look-back, 6 a supervision
-- order's answer); read inside the scope of [NodeId] (an estate, or an order's sub-district). [Type] is the one detected
-- from the bytes by Core (1 PDF, 2 JPEG, 3 PNG, 4 XLSX); which types and sizes are allowed is Core's rule.
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
GO

CREATE NONCLUSTERED INDEX [IX_Attachment_OwnerKind_OwnerId]
    ON [dbo].[Attachment] ([OwnerKind] ASC, [OwnerId] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_Attachment_NodeId]
    ON [dbo].[Attachment] ([NodeId] ASC);
