-- 站内通知: a message in one user's inbox. [MessageKey] and [MessageArgs] (a JSON array of strings) are set on
-- notices Core raised, so the inbox words them in the reader's language; [Title] and [Body] hold the Chinese text. [DedupKey] compares byte for byte (as SQLite's default does), whatever
-- the database's collation: the jobs generate it, and a retried job writing the same key again adds nothing.
CREATE TABLE [dbo].[Notification] (
    [Id]         BIGINT          IDENTITY (1, 1) NOT NULL,
    [UserId]     BIGINT          NOT NULL,
    [DedupKey]   NVARCHAR (200)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    [Title]      NVARCHAR (400)  NOT NULL,
    [Body]       NVARCHAR (MAX)  NOT NULL,
    [Link]       NVARCHAR (1000) NULL,
    [CreatedUtc] DATETIME2 (7)   NOT NULL,
    [ReadUtc]    DATETIME2 (7)   NULL,
    [MessageKey]  NVARCHAR (100) NULL,
    [MessageArgs] NVARCHAR (MAX) NULL,
    CONSTRAINT [PK_Notification] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Notification_User_UserId] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
    CONSTRAINT [UQ_Notification_UserId_DedupKey] UNIQUE NONCLUSTERED ([UserId] ASC, [DedupKey] ASC)
);
GO

CREATE NONCLUSTERED INDEX [IX_Notification_UserId_CreatedUtc]
    ON [dbo].[Notification] ([UserId] ASC, [CreatedUtc] DESC, [Id] DESC)
    INCLUDE ([ReadUtc]);
