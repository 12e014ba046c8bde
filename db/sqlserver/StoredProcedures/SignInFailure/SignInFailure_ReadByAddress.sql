-- An address's failed sign-ins since a moment, oldest first: the throttle's count and when it lifts.
CREATE PROCEDURE [dbo].[SignInFailure_ReadByAddress]
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
