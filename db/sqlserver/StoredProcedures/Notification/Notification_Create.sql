-- Adds a notification unless the user already has one with the same dedup key, in one statement: UPDLOCK,
-- HOLDLOCK keeps the key range locked from the test to the insert, so two runs of a job cannot both add it.
-- Returns the new id, or NULL when nothing was added. An unknown user raises 547.
CREATE PROCEDURE [dbo].[Notification_Create]
    @UserId BIGINT,
    @DedupKey NVARCHAR (200),
    @Title NVARCHAR (400),
    @Body NVARCHAR (MAX),
    @Link NVARCHAR (1000),
    @CreatedUtc DATETIME2 (7),
    @MessageKey NVARCHAR (100),
    @MessageArgs NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Notification] ([UserId], [DedupKey], [Title], [Body], [Link], [CreatedUtc], [MessageKey], [MessageArgs])
    SELECT
        @UserId,
        @DedupKey,
        @Title,
        @Body,
        @Link,
        @CreatedUtc,
        @MessageKey,
        @MessageArgs
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[Notification] WITH (UPDLOCK, HOLDLOCK)
            WHERE [UserId] = @UserId AND [DedupKey] = @DedupKey
        );

    DECLARE @Added INT = @@ROWCOUNT;

    SELECT CASE WHEN @Added = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
