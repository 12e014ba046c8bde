-- A user's inbox, newest first (Id breaks ties between notifications of the same instant).
CREATE PROCEDURE [dbo].[Notification_ReadByUserId]
    @UserId BIGINT,
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
        [Id],
        [UserId],
        [DedupKey],
        [Title],
        [Body],
        [Link],
        [CreatedUtc],
        [ReadUtc],
        [MessageKey],
        [MessageArgs]
    FROM
        [dbo].[Notification]
    WHERE
        [UserId] = @UserId
    ORDER BY
        [CreatedUtc] DESC,
        [Id] DESC;
END
