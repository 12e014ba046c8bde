-- Claims a recurring job's run of one schedule slot unless a server has it already, in one statement: UPDLOCK,
-- HOLDLOCK keeps the key locked from the test to the insert, so a second server waits and then finds the row.
-- Returns 1 when this call claimed it, 0 when another holder has it. Forgets claims older than @ForgetBeforeUtc.
CREATE PROCEDURE [dbo].[ScheduledRun_Create]
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
