-- 2026-12-04_95_SharedInstanceState: what two web servers on one database must count together (issue 19). The
-- address throttle's failed sign-ins ([dbo].[SignInFailure], were in each server's memory) and the recurring jobs'
-- claimed runs per schedule slot ([dbo].[ScheduledRun]: one server runs a slot). Re-runnable: tables and indexes only
-- when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[SignInFailure]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[SignInFailure] (
        [Id]        BIGINT         IDENTITY (1, 1) NOT NULL,
        [Address]   NVARCHAR (100) NOT NULL,
        [FailedUtc] DATETIME2 (7)  NOT NULL,
        CONSTRAINT [PK_SignInFailure] PRIMARY KEY CLUSTERED ([Id] ASC)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[SignInFailure]'), N'IX_SignInFailure_Address_FailedUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_SignInFailure_Address_FailedUtc]
        ON [dbo].[SignInFailure] ([Address] ASC, [FailedUtc] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[SignInFailure]'), N'IX_SignInFailure_FailedUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_SignInFailure_FailedUtc]
        ON [dbo].[SignInFailure] ([FailedUtc] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[ScheduledRun]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ScheduledRun] (
        [JobId]      NVARCHAR (100) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [SlotUtc]    DATETIME2 (7)  NOT NULL,
        [Holder]     NVARCHAR (200) NOT NULL,
        [ClaimedUtc] DATETIME2 (7)  NOT NULL,
        CONSTRAINT [PK_ScheduledRun] PRIMARY KEY CLUSTERED ([JobId] ASC, [SlotUtc] ASC)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ScheduledRun]'), N'IX_ScheduledRun_ClaimedUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ScheduledRun_ClaimedUtc]
        ON [dbo].[ScheduledRun] ([ClaimedUtc] ASC);
END
GO

-- Records one failed sign-in from an address and forgets every address's failures older than the window.
CREATE OR ALTER PROCEDURE [dbo].[SignInFailure_Create]
    @Address NVARCHAR (100),
    @FailedUtc DATETIME2 (7),
    @ForgetBeforeUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DELETE FROM
        [dbo].[SignInFailure]
    WHERE
        [FailedUtc] < @ForgetBeforeUtc;

    INSERT INTO [dbo].[SignInFailure] ([Address], [FailedUtc])
    VALUES (@Address, @FailedUtc);
END
GO

-- An address's failed sign-ins since a moment, oldest first: the throttle's count and when it lifts.
CREATE OR ALTER PROCEDURE [dbo].[SignInFailure_ReadByAddress]
    @Address NVARCHAR (100),
    @SinceUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [FailedUtc]
    FROM
        [dbo].[SignInFailure]
    WHERE
        [Address] = @Address
        AND [FailedUtc] >= @SinceUtc
    ORDER BY
        [FailedUtc] ASC,
        [Id] ASC;
END
GO

-- Claims a recurring job's run of one schedule slot unless a server has it already, in one statement: UPDLOCK,
-- HOLDLOCK keeps the key locked from the test to the insert, so a second server waits and then finds the row.
-- Returns 1 when this call claimed it, 0 when another holder has it. Forgets claims older than @ForgetBeforeUtc.
CREATE OR ALTER PROCEDURE [dbo].[ScheduledRun_Create]
    @JobId NVARCHAR (100),
    @SlotUtc DATETIME2 (7),
    @Holder NVARCHAR (200),
    @ClaimedUtc DATETIME2 (7),
    @ForgetBeforeUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DELETE FROM
        [dbo].[ScheduledRun]
    WHERE
        [ClaimedUtc] < @ForgetBeforeUtc;

    INSERT INTO [dbo].[ScheduledRun] ([JobId], [SlotUtc], [Holder], [ClaimedUtc])
    SELECT
        @JobId,
        @SlotUtc,
        @Holder,
        @ClaimedUtc
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[ScheduledRun] WITH (UPDLOCK, HOLDLOCK)
            WHERE [JobId] = @JobId AND [SlotUtc] = @SlotUtc
        );

    SELECT
        @@ROWCOUNT AS [Claimed];
END
GO

-- Gives up a claim (its key: job and slot) whose run failed, so that a retry on any server may claim the slot again. Only the holder's own.
CREATE OR ALTER PROCEDURE [dbo].[ScheduledRun_DeleteById]
    @JobId NVARCHAR (100),
    @SlotUtc DATETIME2 (7),
    @Holder NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[ScheduledRun]
    WHERE
        [JobId] = @JobId
        AND [SlotUtc] = @SlotUtc
        AND [Holder] = @Holder;
END
GO
