-- Gives up a claim (its key: job and slot) whose run failed, so that a retry on any server may claim the slot again. Only the holder's own.
CREATE PROCEDURE [dbo].[ScheduledRun_DeleteById]
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
