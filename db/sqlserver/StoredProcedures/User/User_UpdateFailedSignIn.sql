-- Counts one more failed sign-in in a single statement (two concurrent failures both count) and sets the
-- lock-out end when one is given. Returns the new count, NULL when the user does not exist. Touches only
-- [dbo].[UserSignIn], so the user's version stays as it was.
CREATE PROCEDURE [dbo].[User_UpdateFailedSignIn]
    @Id BIGINT,
    @LockoutEndUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @FailedSignIns INT;

    UPDATE
        [dbo].[UserSignIn]
    SET
        @FailedSignIns = [FailedSignIns] = [FailedSignIns] + 1,
        [LockoutEndUtc] = COALESCE(@LockoutEndUtc, [LockoutEndUtc])
    WHERE
        [UserId] = @Id;

    SELECT @FailedSignIns AS [FailedSignIns];
END
