-- A successful sign-in: clears the failure count and any lock-out, and stores the re-hashed password when the
-- hasher asked for one (@PasswordHash NULL or empty keeps the stored hash; only then does the user's version
-- move). Returns 1, or 0 when the user does not exist.
CREATE PROCEDURE [dbo].[User_UpdateSignIn]
    @Id BIGINT,
    @PasswordHash NVARCHAR (400)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[UserSignIn]
    SET
        [FailedSignIns] = 0,
        [LockoutEndUtc] = NULL
    WHERE
        [UserId] = @Id;

    DECLARE @Updated INT = @@ROWCOUNT;

    IF @Updated = 1 AND NULLIF(@PasswordHash, N'') IS NOT NULL
    BEGIN
        UPDATE
            [dbo].[User]
        SET
            [PasswordHash] = @PasswordHash
        WHERE
            [Id] = @Id;
    END

    SELECT @Updated AS [Updated];
END
