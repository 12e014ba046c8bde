-- Marks one of the user's own notifications read; the first read time stays when it is read again. Returns 1 when
-- the notification is the user's, 0 otherwise (someone else's, or none), and then changes nothing.
CREATE PROCEDURE [dbo].[Notification_UpdateRead]
    @UserId BIGINT,
    @Id BIGINT,
    @ReadUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[Notification]
    SET
        [ReadUtc] = COALESCE([ReadUtc], @ReadUtc)
    WHERE
        [Id] = @Id
        AND [UserId] = @UserId;

    SELECT @@ROWCOUNT AS [Updated];
END
