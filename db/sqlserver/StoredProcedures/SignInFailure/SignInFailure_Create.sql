-- Records one failed sign-in from an address and forgets every address's failures older than the window.
CREATE PROCEDURE [dbo].[SignInFailure_Create]
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
