-- A member unit's reply to a coordination item, recorded by the office ([IsClosing]: the reply that ended the item).
CREATE TABLE [dbo].[CoordinationReply] (
    [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
    [ItemId]         BIGINT         NOT NULL,
    [RepliedOn]      DATE           NOT NULL,
    [Text]           NVARCHAR (MAX) NOT NULL,
    [IsClosing]      BIT            NOT NULL,
    [RecordedUtc]    DATETIME2 (7)  NOT NULL,
    [RecordedByName] NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_CoordinationReply] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_CoordinationReply_CoordinationItem_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [dbo].[CoordinationItem] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_CoordinationReply_ItemId]
    ON [dbo].[CoordinationReply] ([ItemId] ASC);
