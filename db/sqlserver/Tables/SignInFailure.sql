-- Failed sign-ins per network address (issue 19): the address throttle counts them across every web server on the
-- database. Rows older than the throttle's window are deleted by the next failure ([dbo].[SignInFailure_Create]).
CREATE TABLE [dbo].[SignInFailure] (
    [Id]        BIGINT         IDENTITY (1, 1) NOT NULL,
    [Address]   NVARCHAR (100) NOT NULL,
    [FailedUtc] DATETIME2 (7)  NOT NULL,
    CONSTRAINT [PK_SignInFailure] PRIMARY KEY CLUSTERED ([Id] ASC)
);
GO

CREATE NONCLUSTERED INDEX [IX_SignInFailure_Address_FailedUtc]
    ON [dbo].[SignInFailure] ([Address] ASC, [FailedUtc] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_SignInFailure_FailedUtc]
    ON [dbo].[SignInFailure] ([FailedUtc] ASC);
