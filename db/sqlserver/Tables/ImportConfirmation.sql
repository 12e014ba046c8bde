-- A registry import's confirmation, claimed in the import's own transaction (issue 19): the primary key lets the same
-- confirmation write once, whichever web server it is sent to. [ConfirmationKey] is made by the code (a hash of the
-- preview's protected file): compared byte for byte. Rows older than a day are deleted by the next claim.
CREATE TABLE [dbo].[ImportConfirmation] (
    [ConfirmationKey] NVARCHAR (64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [ConfirmedUtc]    DATETIME2 (7) NOT NULL,
    CONSTRAINT [PK_ImportConfirmation] PRIMARY KEY CLUSTERED ([ConfirmationKey] ASC)
);
GO

CREATE NONCLUSTERED INDEX [IX_ImportConfirmation_ConfirmedUtc]
    ON [dbo].[ImportConfirmation] ([ConfirmedUtc] ASC);
