-- How many of a user's notifications are unread (the badge beside the inbox).
CREATE PROCEDURE [dbo].[Notification_ReadUnreadCountByUserId]
    @UserId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        COUNT(*) AS [Unread]
    FROM
        [dbo].[Notification]
    WHERE
        [UserId] = @UserId
        AND [ReadUtc] IS NULL;
END
