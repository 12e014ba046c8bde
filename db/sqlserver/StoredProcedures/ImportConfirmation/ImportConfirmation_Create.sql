-- Claims an import's confirmation unless it was claimed before, in one statement: UPDLOCK, HOLDLOCK keeps the key locked
-- from the test to the insert, so a second server waits and then finds the row. Called inside the import's transaction
-- (the claim commits with the estates or not at all). Returns 1 when this call claimed it, 0 when it was claimed
-- before. Forgets claims older than @ForgetBeforeUtc.
CREATE PROCEDURE [dbo].[ImportConfirmation_Create]
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
