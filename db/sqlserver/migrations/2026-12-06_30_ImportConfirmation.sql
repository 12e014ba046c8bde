-- 2026-12-06_30_ImportConfirmation: a registry import's confirmation claimed in the import's own transaction (issue 19),
-- so the same confirmation sent twice, to one web server or to two at once, writes once. Re-runnable: the table and its
-- index only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[ImportConfirmation]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ImportConfirmation] (
        [ConfirmationKey] NVARCHAR (64) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [ConfirmedUtc]    DATETIME2 (7) NOT NULL,
        CONSTRAINT [PK_ImportConfirmation] PRIMARY KEY CLUSTERED ([ConfirmationKey] ASC)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ImportConfirmation]'), N'IX_ImportConfirmation_ConfirmedUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ImportConfirmation_ConfirmedUtc]
        ON [dbo].[ImportConfirmation] ([ConfirmedUtc] ASC);
END
GO

-- Claims an import's confirmation unless it was claimed before, in one statement: UPDLOCK, HOLDLOCK keeps the key locked
-- from the test to the insert, so a second server waits and then finds the row. Called inside the import's transaction
-- (the claim commits with the estates or not at all). Returns 1 when this call claimed it, 0 when it was claimed
-- before. Forgets claims older than @ForgetBeforeUtc.
CREATE OR ALTER PROCEDURE [dbo].[ImportConfirmation_Create]
    @ConfirmationKey NVARCHAR (64),
    @ConfirmedUtc DATETIME2 (7),
    @ForgetBeforeUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DELETE FROM
        [dbo].[ImportConfirmation]
    WHERE
        [ConfirmedUtc] < @ForgetBeforeUtc;

    INSERT INTO [dbo].[ImportConfirmation] ([ConfirmationKey], [ConfirmedUtc])
    SELECT
        @ConfirmationKey,
        @ConfirmedUtc
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[ImportConfirmation] WITH (UPDLOCK, HOLDLOCK)
            WHERE [ConfirmationKey] = @ConfirmationKey
        );

    SELECT
        @@ROWCOUNT AS [Claimed];
END
GO

-- Whether an import was written under this confirmation key: 1 or 0.
CREATE OR ALTER PROCEDURE [dbo].[ImportConfirmation_ReadById]
    @ConfirmationKey NVARCHAR (64)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        COUNT(*) AS [Confirmed]
    FROM
        [dbo].[ImportConfirmation]
    WHERE
        [ConfirmationKey] = @ConfirmationKey;
END
GO
