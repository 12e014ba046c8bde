-- 2026-12-04_70_Notices (issue 15): notices Core raises carry their kind and arguments ([Notification].[MessageKey],
-- [MessageArgs]) so the inbox words them in the reader's language; a node's group robot ([RobotWebhook]); the robot
-- outbox ([WebhookDelivery], once-only by its unique delivery id). Re-runnable.

IF COL_LENGTH(N'[dbo].[Notification]', N'MessageKey') IS NULL
BEGIN
    ALTER TABLE [dbo].[Notification] ADD [MessageKey] NVARCHAR (100) NULL;
END
GO

IF COL_LENGTH(N'[dbo].[Notification]', N'MessageArgs') IS NULL
BEGIN
    ALTER TABLE [dbo].[Notification] ADD [MessageArgs] NVARCHAR (MAX) NULL;
END
GO

IF OBJECT_ID(N'[dbo].[RobotWebhook]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[RobotWebhook] (
        [NodeId]     BIGINT          NOT NULL,
        [Kind]       INT             NOT NULL,
        [Url]        NVARCHAR (1000) NOT NULL,
        [Secret]     NVARCHAR (200)  NULL,
        [UpdatedUtc] DATETIME2 (7)   NOT NULL,
        CONSTRAINT [PK_RobotWebhook] PRIMARY KEY CLUSTERED ([NodeId] ASC),
        CONSTRAINT [FK_RobotWebhook_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [CK_RobotWebhook_Kind] CHECK ([Kind] IN (1, 2))
    );
END
GO

IF OBJECT_ID(N'[dbo].[WebhookDelivery]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[WebhookDelivery] (
        [Id]             BIGINT          IDENTITY (1, 1) NOT NULL,
        [DeliveryId]     NVARCHAR (250)  COLLATE Latin1_General_100_BIN2 NOT NULL,
        [NodeId]         BIGINT          NOT NULL,
        [Title]          NVARCHAR (400)  NOT NULL,
        [Body]           NVARCHAR (MAX)  NOT NULL,
        [Link]           NVARCHAR (1000) NULL,
        [CreatedUtc]     DATETIME2 (7)   NOT NULL,
        [Status]         INT             NOT NULL,
        [Attempts]       INT             NOT NULL,
        [NextAttemptUtc] DATETIME2 (7)   NOT NULL,
        [LeaseUntilUtc]  DATETIME2 (7)   NULL,
        [DeliveredUtc]   DATETIME2 (7)   NULL,
        [LastError]      NVARCHAR (500)  NULL,
        CONSTRAINT [PK_WebhookDelivery] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_WebhookDelivery_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [UQ_WebhookDelivery_DeliveryId] UNIQUE NONCLUSTERED ([DeliveryId] ASC),
        CONSTRAINT [CK_WebhookDelivery_Status] CHECK ([Status] IN (1, 2, 3))
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[WebhookDelivery]'), N'IX_WebhookDelivery_Status_NextAttemptUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_WebhookDelivery_Status_NextAttemptUtc]
        ON [dbo].[WebhookDelivery] ([Status] ASC, [NextAttemptUtc] ASC)
        INCLUDE ([LeaseUntilUtc]);
END
GO

-- Adds a notification unless the user already has one with the same dedup key, in one statement: UPDLOCK,
-- HOLDLOCK keeps the key range locked from the test to the insert, so two runs of a job cannot both add it.
-- Returns the new id, or NULL when nothing was added. An unknown user raises 547.
CREATE OR ALTER PROCEDURE [dbo].[Notification_Create]
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
GO

-- A user's inbox, newest first (Id breaks ties between notifications of the same instant).
CREATE OR ALTER PROCEDURE [dbo].[Notification_ReadByUserId]
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
GO

-- A node's group robot, or no row.
CREATE OR ALTER PROCEDURE [dbo].[RobotWebhook_ReadById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        W.[NodeId],
        N.[Name] AS [NodeName],
        N.[Path] AS [NodePath],
        W.[Kind],
        W.[Url],
        W.[Secret],
        W.[UpdatedUtc]
    FROM
        [dbo].[RobotWebhook] W
        INNER JOIN [dbo].[Node] N ON N.[Id] = W.[NodeId]
    WHERE
        W.[NodeId] = @NodeId;
END
GO

-- The robots of nodes under @ScopePath, in path order. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[RobotWebhook_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        W.[NodeId],
        N.[Name] AS [NodeName],
        N.[Path] AS [NodePath],
        W.[Kind],
        W.[Url],
        W.[Secret],
        W.[UpdatedUtc]
    FROM
        [dbo].[RobotWebhook] W
        INNER JOIN [dbo].[Node] N ON N.[Id] = W.[NodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        N.[Path] ASC
    OPTION (RECOMPILE);
END
GO

-- Sets a node's robot: replaces the row, or inserts it when the node has none (UPDLOCK, HOLDLOCK: two admins saving
-- at once do not both insert). What may be set is RobotWebhookService's rule (Core); an unknown node raises 547.
CREATE OR ALTER PROCEDURE [dbo].[RobotWebhook_Update]
    @NodeId BIGINT,
    @Kind INT,
    @Url NVARCHAR (1000),
    @Secret NVARCHAR (200),
    @UpdatedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[RobotWebhook] WITH (UPDLOCK, HOLDLOCK)
    SET
        [Kind] = @Kind,
        [Url] = @Url,
        [Secret] = @Secret,
        [UpdatedUtc] = @UpdatedUtc
    WHERE
        [NodeId] = @NodeId;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[RobotWebhook] ([NodeId], [Kind], [Url], [Secret], [UpdatedUtc])
        VALUES (@NodeId, @Kind, @Url, @Secret, @UpdatedUtc);
    END
END
GO

-- Removes a node's robot. Returns 1 when it had one, 0 otherwise.
CREATE OR ALTER PROCEDURE [dbo].[RobotWebhook_DeleteById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[RobotWebhook]
    WHERE
        [NodeId] = @NodeId;

    SELECT @@ROWCOUNT AS [Deleted];
END
GO

-- Queues a robot message unless one with the same delivery id exists, in one statement (UPDLOCK, HOLDLOCK keeps the
-- key range locked from the test to the insert). Returns the new id, or NULL when nothing was queued.
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_Create]
    @DeliveryId NVARCHAR (250),
    @NodeId BIGINT,
    @Title NVARCHAR (400),
    @Body NVARCHAR (MAX),
    @Link NVARCHAR (1000),
    @CreatedUtc DATETIME2 (7),
    @NextAttemptUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[WebhookDelivery] ([DeliveryId], [NodeId], [Title], [Body], [Link], [CreatedUtc], [Status], [Attempts], [NextAttemptUtc])
    SELECT
        @DeliveryId,
        @NodeId,
        @Title,
        @Body,
        @Link,
        @CreatedUtc,
        1,
        0,
        @NextAttemptUtc
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[WebhookDelivery] WITH (UPDLOCK, HOLDLOCK)
            WHERE [DeliveryId] = @DeliveryId
        );

    DECLARE @Added INT = @@ROWCOUNT;

    SELECT CASE WHEN @Added = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
GO

-- Pending deliveries due at @NowUtc that nobody holds a lease on, oldest first.
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_ReadDue]
    @NowUtc DATETIME2 (7),
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
        [Id],
        [DeliveryId],
        [NodeId],
        [Title],
        [Body],
        [Link],
        [CreatedUtc],
        [Status],
        [Attempts],
        [NextAttemptUtc],
        [LeaseUntilUtc],
        [DeliveredUtc],
        [LastError]
    FROM
        [dbo].[WebhookDelivery]
    WHERE
        [Status] = 1
        AND [NextAttemptUtc] <= @NowUtc
        AND ([LeaseUntilUtc] IS NULL OR [LeaseUntilUtc] <= @NowUtc)
    ORDER BY
        [NextAttemptUtc] ASC,
        [Id] ASC;
END
GO

-- One delivery by its delivery id, or no row.
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_ReadByDeliveryId]
    @DeliveryId NVARCHAR (250)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [DeliveryId],
        [NodeId],
        [Title],
        [Body],
        [Link],
        [CreatedUtc],
        [Status],
        [Attempts],
        [NextAttemptUtc],
        [LeaseUntilUtc],
        [DeliveredUtc],
        [LastError]
    FROM
        [dbo].[WebhookDelivery]
    WHERE
        [DeliveryId] = @DeliveryId;
END
GO

-- The newest deliveries to robots of nodes under @ScopePath (the admin page). An empty scope matches nothing.
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
        D.[Id],
        D.[DeliveryId],
        D.[NodeId],
        D.[Title],
        D.[Body],
        D.[Link],
        D.[CreatedUtc],
        D.[Status],
        D.[Attempts],
        D.[NextAttemptUtc],
        D.[LeaseUntilUtc],
        D.[DeliveredUtc],
        D.[LastError]
    FROM
        [dbo].[WebhookDelivery] D
        INNER JOIN [dbo].[Node] N ON N.[Id] = D.[NodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        D.[CreatedUtc] DESC,
        D.[Id] DESC
    OPTION (RECOMPILE);
END
GO

-- Takes a delivery for one attempt if it is still pending and nobody holds a lease at @NowUtc: one statement, so two
-- job runs cannot both take it. Returns 1 when taken, 0 otherwise.
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_UpdateClaim]
    @Id BIGINT,
    @NowUtc DATETIME2 (7),
    @LeaseUntilUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[WebhookDelivery]
    SET
        [Attempts] = [Attempts] + 1,
        [LeaseUntilUtc] = @LeaseUntilUtc
    WHERE
        [Id] = @Id
        AND [Status] = 1
        AND ([LeaseUntilUtc] IS NULL OR [LeaseUntilUtc] <= @NowUtc);

    SELECT @@ROWCOUNT AS [Claimed];
END
GO

-- Marks a pending delivery delivered. Returns 1 when it was pending, 0 otherwise (then nothing changes).
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_UpdateDelivered]
    @Id BIGINT,
    @DeliveredUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[WebhookDelivery]
    SET
        [Status] = 2,
        [DeliveredUtc] = @DeliveredUtc,
        [LeaseUntilUtc] = NULL,
        [LastError] = NULL
    WHERE
        [Id] = @Id
        AND [Status] = 1;

    SELECT @@ROWCOUNT AS [Delivered];
END
GO

-- Records a failed attempt on a pending delivery: pending again from @NextAttemptUtc, or failed for good when it is NULL.
CREATE OR ALTER PROCEDURE [dbo].[WebhookDelivery_UpdateFailed]
    @Id BIGINT,
    @LastError NVARCHAR (500),
    @NextAttemptUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[WebhookDelivery]
    SET
        [Status] = CASE WHEN @NextAttemptUtc IS NULL THEN 3 ELSE 1 END,
        [NextAttemptUtc] = COALESCE(@NextAttemptUtc, [NextAttemptUtc]),
        [LeaseUntilUtc] = NULL,
        [LastError] = @LastError
    WHERE
        [Id] = @Id
        AND [Status] = 1;
END
GO
