-- Replaces the account's security stamp, which ends every session of it (the cookies carry the old one). Touches
-- only [dbo].[UserSignIn], so the user's version stays as it was. Returns 1, or 0 when the user does not exist.
CREATE PROCEDURE [dbo].[User_UpdateSecurityStamp]
    @Id BIGINT,
    @SecurityStamp NVARCHAR (64)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[UserSignIn]
    SET
        [SecurityStamp] = @SecurityStamp
    WHERE
        [UserId] = @Id;

    SELECT @@ROWCOUNT AS [Updated];
END
