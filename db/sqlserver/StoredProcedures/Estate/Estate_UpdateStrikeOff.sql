-- An accepted return strikes an estate off the unmanaged list (销号): sets its registry status and mode, which
-- moves its version (an open registry form of it becomes stale, as it should). Nothing is written when both are
-- already so. Returns the status and mode it had, for the audit; an unknown estate raises 50400. No version check:
-- the reviewer accepting the return never read the estate's.
CREATE PROCEDURE [dbo].[Estate_UpdateStrikeOff]
    @Id BIGINT,
    @Status INT,
    @Mode INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @OldStatus INT;
    DECLARE @OldMode INT;

    SELECT
        @OldStatus = [Status],
        @OldMode = [Mode]
    FROM
        [dbo].[Estate] WITH (UPDLOCK)
    WHERE
        [Id] = @Id;

    IF @OldStatus IS NULL
    BEGIN
        THROW 50400, N'The estate being struck off does not exist.', 1;
    END

    IF @OldStatus <> @Status OR @OldMode <> @Mode
    BEGIN
        UPDATE
            [dbo].[Estate]
        SET
            [Status] = @Status,
            [Mode] = @Mode
        WHERE
            [Id] = @Id;
    END

    SELECT
        @OldStatus AS [Status],
        @OldMode AS [Mode];
END
