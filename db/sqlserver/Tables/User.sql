-- A portal account: one role, one scope node. The user name is unique whatever its case or width, whatever the
-- database's default collation, hence the explicit collation (Chinese_Simplified_Pinyin_100_CI_AS_SC). Sign-in bookkeeping lives in
-- [dbo].[UserSignIn] so that it does not change this row's [RowVersion].
CREATE TABLE [dbo].[User] (
    [Id]           BIGINT         IDENTITY (1, 1) NOT NULL,
    [UserName]     NVARCHAR (100) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL,
    [DisplayName]  NVARCHAR (100) NOT NULL,
    [PasswordHash] NVARCHAR (400) NOT NULL,
    [Role]         INT            NOT NULL,
    [ScopeNodeId]  BIGINT         NOT NULL,
    [Email]        NVARCHAR (256) NULL,
    [IsDisabled]   BIT            CONSTRAINT [DF_User_IsDisabled] DEFAULT (0) NOT NULL,
    [RowVersion]   ROWVERSION     NOT NULL,
    CONSTRAINT [PK_User] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_User_Node_ScopeNodeId] FOREIGN KEY ([ScopeNodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [UQ_User_UserName] UNIQUE NONCLUSTERED ([UserName] ASC)
);
GO

CREATE NONCLUSTERED INDEX [IX_User_ScopeNodeId]
    ON [dbo].[User] ([ScopeNodeId] ASC);
