-- The admin lifts a lock-out: clears the failure count and the lock-out end. Touches only [dbo].[UserSignIn], so
-- the user's version stays as it was. Returns 1, or 0 when the user does not exist.
CREATE PROCEDURE [dbo].[User_UpdateUnlocked]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[UserSignIn]
    SET
        [FailedSignIns] = 0,
        [LockoutEndUtc] = NULL
    WHERE
        [UserId] = @Id;

    SELECT @@ROWCOUNT AS [Updated];
END
