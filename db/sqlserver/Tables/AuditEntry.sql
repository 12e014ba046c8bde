-- One audited change, written in the same transaction as the change. No foreign keys: the trail must outlive
-- what it describes (a deleted node, a renamed user) and EntityId points into different tables by EntityType.
CREATE TABLE [dbo].[AuditEntry] (
    [Id]         BIGINT         IDENTITY (1, 1) NOT NULL,
    [AtUtc]      DATETIME2 (7)  NOT NULL,
    [UserId]     BIGINT         NOT NULL,
    [UserName]   NVARCHAR (100) NOT NULL,
    [EntityType] NVARCHAR (50)  NOT NULL,
    [EntityId]   BIGINT         NOT NULL,
    [Action]     NVARCHAR (50)  NOT NULL,
    [Field]      NVARCHAR (200) NULL,
    [OldValue]   NVARCHAR (MAX) NULL,
    [NewValue]   NVARCHAR (MAX) NULL,
    -- Taken when the entry is written; until its transaction commits, MIN_ACTIVE_ROWVERSION() stays at or below it,
    -- which is what makes [dbo].[AuditEntry_ReadChangeStamp] safe under concurrent commits.
    [RowVersion] ROWVERSION     NOT NULL,
    CONSTRAINT [PK_AuditEntry] PRIMARY KEY CLUSTERED ([Id] ASC)
);
GO

CREATE NONCLUSTERED INDEX [IX_AuditEntry_EntityType_EntityId_AtUtc]
    ON [dbo].[AuditEntry] ([EntityType] ASC, [EntityId] ASC, [AtUtc] DESC, [Id] DESC);
