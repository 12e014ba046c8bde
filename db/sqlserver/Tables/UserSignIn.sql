-- Sign-in bookkeeping of an account, one row per [dbo].[User] (written by [dbo].[User_Create]). Apart from the
-- user row because sign-in is not an edit: with a ROWVERSION on [dbo].[User], counting a stranger's wrong
-- password there would turn the admin's open edit form into a conflict. [SecurityStamp] lives here for the same
-- reason: signing out replaces it (ending the account's sessions) without making the user row stale.
CREATE TABLE [dbo].[UserSignIn] (
    [UserId]        BIGINT        NOT NULL,
    [FailedSignIns] INT           CONSTRAINT [DF_UserSignIn_FailedSignIns] DEFAULT (0) NOT NULL,
    [LockoutEndUtc] DATETIME2 (7) NULL,
    [SecurityStamp] NVARCHAR (64) CONSTRAINT [DF_UserSignIn_SecurityStamp] DEFAULT (CONVERT (NVARCHAR (64), NEWID())) NOT NULL,
    CONSTRAINT [PK_UserSignIn] PRIMARY KEY CLUSTERED ([UserId] ASC),
    CONSTRAINT [FK_UserSignIn_User_UserId] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
    CONSTRAINT [CK_UserSignIn_FailedSignIns] CHECK ([FailedSignIns] >= 0)
);
