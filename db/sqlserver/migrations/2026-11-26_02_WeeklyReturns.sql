-- 2026-11-26_02_WeeklyReturns: the Friday return (每周五报送) and what surrounds it: campaigns and their lists,
-- the holiday calendar, weekly returns with their rows and frozen snapshots, estate strike-offs, inbox
-- notifications and supervision orders (督办); plus the admin's unlock and the data-protection key procedures.
-- NodeHistory now also counts campaigns, campaign lists, returns and supervision orders, and the health probe
-- names the new tables. Re-runnable: tables, indexes and table types are created only when missing; views,
-- functions and procedures are CREATE OR ALTER. The object files under db/sqlserver are the source of truth:
-- DistrictPortal.Db.Tests checks that the migrations, applied in order, produce exactly those objects.

IF OBJECT_ID(N'[dbo].[Campaign]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Campaign] (
        [Id]           BIGINT         IDENTITY (1, 1) NOT NULL,
        [DistrictId]   BIGINT         NOT NULL,
        [Name]         NVARCHAR (200) NOT NULL,
        [StartDate]    DATE           NOT NULL,
        [TargetDate]   DATE           NULL,
        [DeadlineDay]  INT            NOT NULL,
        [DeadlineTime] TIME (0)       NOT NULL,
        [RowVersion]   ROWVERSION     NOT NULL,
        CONSTRAINT [PK_Campaign] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Campaign_Node_DistrictId] FOREIGN KEY ([DistrictId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [CK_Campaign_DeadlineDay] CHECK ([DeadlineDay] BETWEEN 0 AND 6)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Campaign]'), N'IX_Campaign_DistrictId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Campaign_DistrictId]
        ON [dbo].[Campaign] ([DistrictId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[CampaignEstate]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CampaignEstate] (
        [CampaignId]    BIGINT         NOT NULL,
        [EstateId]      BIGINT         NOT NULL,
        [AddedUtc]      DATETIME2 (7)  NOT NULL,
        [AddedReason]   NVARCHAR (MAX) NULL,
        [RemovedUtc]    DATETIME2 (7)  NULL,
        [RemovedReason] NVARCHAR (MAX) NULL,
        CONSTRAINT [PK_CampaignEstate] PRIMARY KEY CLUSTERED ([CampaignId] ASC, [EstateId] ASC),
        CONSTRAINT [FK_CampaignEstate_Campaign_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [dbo].[Campaign] ([Id]),
        CONSTRAINT [FK_CampaignEstate_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[CampaignEstate]'), N'IX_CampaignEstate_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_CampaignEstate_EstateId]
        ON [dbo].[CampaignEstate] ([EstateId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[CalendarDay]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CalendarDay] (
        [Date]               DATE           NOT NULL,
        [IsMakeUpWorkingDay] BIT            NOT NULL,
        [Name]               NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_CalendarDay] PRIMARY KEY CLUSTERED ([Date] ASC)
    );
END
GO

IF OBJECT_ID(N'[dbo].[WeeklyReturn]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[WeeklyReturn] (
        [Id]                BIGINT         IDENTITY (1, 1) NOT NULL,
        [SubDistrictId]     BIGINT         NOT NULL,
        [WeekEnding]        DATE           NOT NULL,
        [Status]            INT            NOT NULL,
        [FirstSubmittedUtc] DATETIME2 (7)  NULL,
        [LastSubmittedUtc]  DATETIME2 (7)  NULL,
        [SubmittedByUserId] BIGINT         NULL,
        [SubmittedByName]   NVARCHAR (100) NULL,
        [ReviewedUtc]       DATETIME2 (7)  NULL,
        [ReviewedByUserId]  BIGINT         NULL,
        [ReviewedByName]    NVARCHAR (100) NULL,
        [ReviewReason]      NVARCHAR (MAX) NULL,
        [HasBeenAccepted]   BIT            CONSTRAINT [DF_WeeklyReturn_HasBeenAccepted] DEFAULT (0) NOT NULL,
        [IsRestatement]     BIT            CONSTRAINT [DF_WeeklyReturn_IsRestatement] DEFAULT (0) NOT NULL,
        [WasSentBack]       BIT            CONSTRAINT [DF_WeeklyReturn_WasSentBack] DEFAULT (0) NOT NULL,
        [MarkedOverdueUtc]  DATETIME2 (7)  NULL,
        [ProgressNarrative] NVARCHAR (MAX) NULL,
        [ProblemsNarrative] NVARCHAR (MAX) NULL,
        [NextWeekPlan]      NVARCHAR (MAX) NULL,
        [RowVersion]        ROWVERSION     NOT NULL,
        CONSTRAINT [PK_WeeklyReturn] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_WeeklyReturn_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id]),
        -- One return per sub-district and week: a second create raises 2627 (DuplicateNameException in C#).
        CONSTRAINT [UQ_WeeklyReturn_SubDistrictId_WeekEnding] UNIQUE NONCLUSTERED ([SubDistrictId] ASC, [WeekEnding] ASC)
    );
END
GO

IF OBJECT_ID(N'[dbo].[ReturnRow]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ReturnRow] (
        [WeeklyReturnId]       BIGINT         NOT NULL,
        [EstateId]             BIGINT         NOT NULL,
        [EstateName]           NVARCHAR (100) NOT NULL,
        [Households]           INT            NOT NULL,
        [Mode]                 INT            NOT NULL,
        [SixHaves]             INT            NOT NULL,
        [ConsultationDate]     DATE           NULL,
        [OwnersMeetingDate]    DATE           NULL,
        [CommitteeElectedDate] DATE           NULL,
        [ContractSignedDate]   DATE           NULL,
        [IsStruckOff]          BIT            NOT NULL,
        [StruckOffDate]        DATE           NULL,
        [Blockers]             NVARCHAR (MAX) NULL,
        [HelpAsked]            NVARCHAR (MAX) NULL,
        [ReviewReason]         NVARCHAR (MAX) NULL,
        CONSTRAINT [PK_ReturnRow] PRIMARY KEY CLUSTERED ([WeeklyReturnId] ASC, [EstateId] ASC),
        CONSTRAINT [FK_ReturnRow_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
        CONSTRAINT [FK_ReturnRow_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_ReturnRow_Households] CHECK ([Households] >= 0),
        CONSTRAINT [CK_ReturnRow_SixHaves] CHECK ([SixHaves] BETWEEN 0 AND 63)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ReturnRow]'), N'IX_ReturnRow_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ReturnRow_EstateId]
        ON [dbo].[ReturnRow] ([EstateId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[ReturnSnapshot]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ReturnSnapshot] (
        [Id]                BIGINT         IDENTITY (1, 1) NOT NULL,
        [WeeklyReturnId]    BIGINT         NOT NULL,
        [SubDistrictId]     BIGINT         NOT NULL,
        [SubDistrictName]   NVARCHAR (100) NOT NULL,
        [WeekEnding]        DATE           NOT NULL,
        [AcceptedUtc]       DATETIME2 (7)  NOT NULL,
        [IsRestatement]     BIT            NOT NULL,
        [WasOnTime]         BIT            NOT NULL,
        [Baseline]          INT            NOT NULL,
        [Covered]           INT            NOT NULL,
        [Remaining]         INT            NOT NULL,
        [PercentCleared]    DECIMAL (5, 1) NULL,
        [NewlyCovered]      INT            NOT NULL,
        [CommitteesFormed]  INT            NOT NULL,
        [HouseholdsCovered] BIGINT         NOT NULL,
        [CoveredEstateIds]  NVARCHAR (MAX) NOT NULL,
        CONSTRAINT [PK_ReturnSnapshot] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_ReturnSnapshot_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
        CONSTRAINT [FK_ReturnSnapshot_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ReturnSnapshot]'), N'IX_ReturnSnapshot_WeeklyReturnId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ReturnSnapshot_WeeklyReturnId]
        ON [dbo].[ReturnSnapshot] ([WeeklyReturnId] ASC, [AcceptedUtc] ASC, [Id] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ReturnSnapshot]'), N'IX_ReturnSnapshot_SubDistrictId_WeekEnding', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ReturnSnapshot_SubDistrictId_WeekEnding]
        ON [dbo].[ReturnSnapshot] ([SubDistrictId] ASC, [WeekEnding] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[Notification]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Notification] (
        [Id]         BIGINT          IDENTITY (1, 1) NOT NULL,
        [UserId]     BIGINT          NOT NULL,
        [DedupKey]   NVARCHAR (200)  COLLATE Latin1_General_100_BIN2 NOT NULL,
        [Title]      NVARCHAR (400)  NOT NULL,
        [Body]       NVARCHAR (MAX)  NOT NULL,
        [Link]       NVARCHAR (1000) NULL,
        [CreatedUtc] DATETIME2 (7)   NOT NULL,
        [ReadUtc]    DATETIME2 (7)   NULL,
        CONSTRAINT [PK_Notification] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Notification_User_UserId] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
        CONSTRAINT [UQ_Notification_UserId_DedupKey] UNIQUE NONCLUSTERED ([UserId] ASC, [DedupKey] ASC)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Notification]'), N'IX_Notification_UserId_CreatedUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Notification_UserId_CreatedUtc]
        ON [dbo].[Notification] ([UserId] ASC, [CreatedUtc] DESC, [Id] DESC)
        INCLUDE ([ReadUtc]);
END
GO

IF OBJECT_ID(N'[dbo].[SupervisionOrder]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[SupervisionOrder] (
        [Id]            BIGINT         IDENTITY (1, 1) NOT NULL,
        [SubDistrictId] BIGINT         NOT NULL,
        [WeekEnding]    DATE           NOT NULL,
        [Reason]        NVARCHAR (MAX) NOT NULL,
        [RaisedUtc]     DATETIME2 (7)  NOT NULL,
        [ClosedUtc]     DATETIME2 (7)  NULL,
        [CloseNote]     NVARCHAR (MAX) NULL,
        [ClosedByName]  NVARCHAR (100) NULL,
        [RowVersion]    ROWVERSION     NOT NULL,
        CONSTRAINT [PK_SupervisionOrder] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_SupervisionOrder_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [UQ_SupervisionOrder_SubDistrictId_WeekEnding] UNIQUE NONCLUSTERED ([SubDistrictId] ASC, [WeekEnding] ASC)
    );
END
GO

-- Matched by column position: see Types/ReturnRowList.sql before changing it (a table type cannot be altered).
IF TYPE_ID(N'[dbo].[ReturnRowList]') IS NULL
BEGIN
    CREATE TYPE [dbo].[ReturnRowList] AS TABLE (
        [EstateId]             BIGINT         NOT NULL,
        [EstateName]           NVARCHAR (100) NOT NULL,
        [Households]           INT            NOT NULL,
        [Mode]                 INT            NOT NULL,
        [SixHaves]             INT            NOT NULL,
        [ConsultationDate]     DATE           NULL,
        [OwnersMeetingDate]    DATE           NULL,
        [CommitteeElectedDate] DATE           NULL,
        [ContractSignedDate]   DATE           NULL,
        [IsStruckOff]          BIT            NOT NULL,
        [StruckOffDate]        DATE           NULL,
        [Blockers]             NVARCHAR (MAX) NULL,
        [HelpAsked]            NVARCHAR (MAX) NULL,
        [ReviewReason]         NVARCHAR (MAX) NULL
    );
END
GO

-- Matched by column position: see Types/CalendarDayList.sql before changing it (a table type cannot be altered).
IF TYPE_ID(N'[dbo].[CalendarDayList]') IS NULL
BEGIN
    CREATE TYPE [dbo].[CalendarDayList] AS TABLE (
        [Date]               DATE           NOT NULL,
        [IsMakeUpWorkingDay] BIT            NOT NULL,
        [Name]               NVARCHAR (100) NOT NULL
    );
END
GO

-- A campaign as Core's Campaign sees it, with the path of its district for scope and containment tests.
CREATE OR ALTER VIEW [dbo].[CampaignView]
AS
SELECT
    C.[Id],
    C.[DistrictId],
    C.[Name],
    C.[StartDate],
    C.[TargetDate],
    C.[DeadlineDay],
    C.[DeadlineTime],
    CONVERT(BIGINT, C.[RowVersion]) AS [Version],
    District.[Path] AS [DistrictPath]
FROM
    [dbo].[Campaign] C
    INNER JOIN [dbo].[Node] District ON District.[Id] = C.[DistrictId];
GO

-- A weekly return without its rows, with its sub-district's name, path and sort order (the path and order for
-- scope filters and lists; the name for Core's WeeklyReturn and ReturnSummary).
CREATE OR ALTER VIEW [dbo].[WeeklyReturnView]
AS
SELECT
    R.[Id],
    R.[SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    R.[WeekEnding],
    R.[Status],
    R.[FirstSubmittedUtc],
    R.[LastSubmittedUtc],
    R.[SubmittedByUserId],
    R.[SubmittedByName],
    R.[ReviewedUtc],
    R.[ReviewedByUserId],
    R.[ReviewedByName],
    R.[ReviewReason],
    R.[HasBeenAccepted],
    R.[IsRestatement],
    R.[WasSentBack],
    R.[MarkedOverdueUtc],
    R.[ProgressNarrative],
    R.[ProblemsNarrative],
    R.[NextWeekPlan],
    CONVERT(BIGINT, R.[RowVersion]) AS [Version],
    SubDistrict.[Path] AS [SubDistrictPath],
    SubDistrict.[SortOrder] AS [SubDistrictSortOrder]
FROM
    [dbo].[WeeklyReturn] R
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = R.[SubDistrictId];
GO

-- A supervision order with its sub-district's name and path, and its row version as a BIGINT [Version].
CREATE OR ALTER VIEW [dbo].[SupervisionOrderView]
AS
SELECT
    O.[Id],
    O.[SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    O.[WeekEnding],
    O.[Reason],
    O.[RaisedUtc],
    O.[ClosedUtc],
    O.[CloseNote],
    O.[ClosedByName],
    CONVERT(BIGINT, O.[RowVersion]) AS [Version],
    SubDistrict.[Path] AS [SubDistrictPath]
FROM
    [dbo].[SupervisionOrder] O
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = O.[SubDistrictId];
GO

-- Whether anything refers to a node: children (retired ones too), an estate record, users scoped to it, a campaign
-- run by it (a district), its place on a campaign list or in a weekly return (an estate), weekly returns or
-- supervision orders of it (a sub-district), or audit entries of the node or its estate beyond their creation (so
-- a node created by mistake can still go). One definition for [dbo].[Node_ReadHasHistory] and the guard of
-- [dbo].[Node_DeleteById].
CREATE OR ALTER FUNCTION [dbo].[NodeHistory]
(
    @Id BIGINT
)
RETURNS TABLE
AS
RETURN
SELECT
    CONVERT(BIT, CASE
        WHEN EXISTS (SELECT 1 FROM [dbo].[Node] WHERE [ParentId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[User] WHERE [ScopeNodeId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[Campaign] WHERE [DistrictId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[CampaignEstate] WHERE [EstateId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[WeeklyReturn] WHERE [SubDistrictId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[ReturnRow] WHERE [EstateId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[SupervisionOrder] WHERE [SubDistrictId] = @Id) THEN 1
        WHEN EXISTS (
            SELECT 1
            FROM [dbo].[AuditEntry]
            WHERE [EntityType] IN (N'Node', N'Estate') AND [EntityId] = @Id AND [Action] <> N'create'
        ) THEN 1
        ELSE 0
    END) AS [HasHistory];
GO

-- For /health: answering at all proves the connection works and that the migrations have run (this proc
-- arrives with them); [MissingTables] names any table that has gone since, NULL when all are there.
CREATE OR ALTER PROCEDURE [dbo].[Database_ReadHealth]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        STRING_AGG(Expected.[Name], N', ') AS [MissingTables]
    FROM
        (
            VALUES
                (N'Node'), (N'Estate'), (N'User'), (N'UserSignIn'), (N'AuditEntry'), (N'DataProtectionKey'),
                (N'Campaign'), (N'CampaignEstate'), (N'CalendarDay'), (N'WeeklyReturn'), (N'ReturnRow'),
                (N'ReturnSnapshot'), (N'Notification'), (N'SupervisionOrder')
        ) AS Expected ([Name])
    WHERE
        OBJECT_ID(N'[dbo].' + QUOTENAME(Expected.[Name]), N'U') IS NULL;
END
GO

-- The admin lifts a lock-out: clears the failure count and the lock-out end. Touches only [dbo].[UserSignIn], so
-- the user's version stays as it was. Returns 1, or 0 when the user does not exist.
CREATE OR ALTER PROCEDURE [dbo].[User_UpdateUnlocked]
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
GO

-- The whole key ring, oldest first: ASP.NET Core reads every key and picks the current one itself.
CREATE OR ALTER PROCEDURE [dbo].[DataProtectionKey_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CONVERT(BIGINT, [Id]) AS [Id],
        [FriendlyName],
        [Xml]
    FROM
        [dbo].[DataProtectionKey]
    ORDER BY
        [Id] ASC;
END
GO

-- One new key of the ring, as ASP.NET Core's key manager hands it over. Keys are never updated or deleted here:
-- expired ones stay so that old cookies can still be read until they lapse.
CREATE OR ALTER PROCEDURE [dbo].[DataProtectionKey_Create]
    @FriendlyName NVARCHAR (MAX),
    @Xml NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[DataProtectionKey] ([FriendlyName], [Xml])
    VALUES (@FriendlyName, @Xml);
END
GO

-- An accepted return strikes an estate off the unmanaged list (销号): sets its registry status and mode, which
-- moves its version (an open registry form of it becomes stale, as it should). Nothing is written when both are
-- already so. Returns the status and mode it had, for the audit; an unknown estate raises 50400. No version check:
-- the reviewer accepting the return never read the estate's.
CREATE OR ALTER PROCEDURE [dbo].[Estate_UpdateStrikeOff]
    @Id BIGINT,
    @Status INT,
    @Mode INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @OldStatus INT;
    DECLARE @OldMode INT;

    SELECT
        @OldStatus = [Status],
        @OldMode = [Mode]
    FROM
        [dbo].[Estate] WITH (UPDLOCK)
    WHERE
        [Id] = @Id;

    IF @OldStatus IS NULL
    BEGIN
        THROW 50400, N'The estate being struck off does not exist.', 1;
    END

    IF @OldStatus <> @Status OR @OldMode <> @Mode
    BEGIN
        UPDATE
            [dbo].[Estate]
        SET
            [Status] = @Status,
            [Mode] = @Mode
        WHERE
            [Id] = @Id;
    END

    SELECT
        @OldStatus AS [Status],
        @OldMode AS [Mode];
END
GO

-- Creates a campaign run by a live district, and its baseline list: every live estate under the district whose
-- registry status is 无物业/失管 (3, Unmanaged) at this moment. Returns the new id. A node that is not a live
-- district raises 50400. Paths hold only digits and slashes, so the district's path needs no LIKE escaping.
CREATE OR ALTER PROCEDURE [dbo].[Campaign_Create]
    @DistrictId BIGINT,
    @Name NVARCHAR (200),
    @StartDate DATE,
    @TargetDate DATE,
    @DeadlineDay INT,
    @DeadlineTime TIME (0),
    @AddedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @DistrictPath NVARCHAR (200);

    SELECT
        @DistrictPath = [Path]
    FROM
        [dbo].[Node]
    WHERE
        [Id] = @DistrictId
        AND [Level] = 2
        AND [IsRetired] = 0;

    IF @DistrictPath IS NULL
    BEGIN
        THROW 50400, N'A campaign is run by a live district.', 1;
    END

    INSERT INTO [dbo].[Campaign] ([DistrictId], [Name], [StartDate], [TargetDate], [DeadlineDay], [DeadlineTime])
    VALUES (@DistrictId, @Name, @StartDate, @TargetDate, @DeadlineDay, @DeadlineTime);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[CampaignEstate] ([CampaignId], [EstateId], [AddedUtc])
    SELECT
        @Id,
        V.[Id],
        @AddedUtc
    FROM
        [dbo].[EstateView] V
    WHERE
        V.[Path] LIKE @DistrictPath + N'%'
        AND V.[Status] = 3
        AND V.[IsRetired] = 0;

    SELECT @Id AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[Campaign_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [DistrictId],
        [Name],
        [StartDate],
        [TargetDate],
        [DeadlineDay],
        [DeadlineTime],
        [Version]
    FROM
        [dbo].[CampaignView]
    WHERE
        [Id] = @Id;
END
GO

-- The campaign of the district that contains the node at @NodePath (the district itself or anything below it):
-- the newest when there are several, by start date then creation. An empty path names no node and finds nothing.
CREATE OR ALTER PROCEDURE [dbo].[Campaign_ReadByNodePath]
    @NodePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (1)
        [Id],
        [DistrictId],
        [Name],
        [StartDate],
        [TargetDate],
        [DeadlineDay],
        [DeadlineTime],
        [Version]
    FROM
        [dbo].[CampaignView]
    WHERE
        @NodePath <> N''
        AND @NodePath LIKE [DistrictPath] + N'%'
    ORDER BY
        [StartDate] DESC,
        [Id] DESC;
END
GO

-- Campaigns of the districts under @ScopePath, newest first (start date, then creation). An empty scope matches
-- nothing; the path's characters are taken literally, never as wildcards.
CREATE OR ALTER PROCEDURE [dbo].[Campaign_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [DistrictId],
        [Name],
        [StartDate],
        [TargetDate],
        [DeadlineDay],
        [DeadlineTime],
        [Version]
    FROM
        [dbo].[CampaignView]
    WHERE
        @ScopePath <> N''
        AND [DistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        [StartDate] DESC,
        [Id] DESC;
END
GO

-- Updates the name, target date and deadline rule if @Version is still current; otherwise raises 50409 and
-- changes nothing. The district and start date are fixed at creation (the baseline was taken then).
CREATE OR ALTER PROCEDURE [dbo].[Campaign_Update]
    @Id BIGINT,
    @Name NVARCHAR (200),
    @TargetDate DATE,
    @DeadlineDay INT,
    @DeadlineTime TIME (0),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Campaign]
    SET
        [Name] = @Name,
        [TargetDate] = @TargetDate,
        [DeadlineDay] = @DeadlineDay,
        [DeadlineTime] = @DeadlineTime
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The campaign was changed by someone else since it was read.', 1;
    END
END
GO

-- Puts an estate on a campaign's list, or back on it when it had been removed (the removal is cleared and the
-- new reason kept). Returns 1 when the list changed, 0 when the estate was already on it. An unknown campaign, or
-- an estate that is not under the campaign's district, raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[CampaignEstate_Create]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @AddedUtc DATETIME2 (7),
    @AddedReason NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @DistrictPath NVARCHAR (200);

    SELECT
        @DistrictPath = [DistrictPath]
    FROM
        [dbo].[CampaignView]
    WHERE
        [Id] = @CampaignId;

    IF @DistrictPath IS NULL
    BEGIN
        THROW 50400, N'The campaign does not exist.', 1;
    END

    IF NOT EXISTS (SELECT 1 FROM [dbo].[EstateView] WHERE [Id] = @EstateId AND [Path] LIKE @DistrictPath + N'%')
    BEGIN
        THROW 50400, N'The estate is not under the campaign''s district.', 1;
    END

    UPDATE
        [dbo].[CampaignEstate]
    SET
        [AddedUtc] = @AddedUtc,
        [AddedReason] = @AddedReason,
        [RemovedUtc] = NULL,
        [RemovedReason] = NULL
    WHERE
        [CampaignId] = @CampaignId
        AND [EstateId] = @EstateId
        AND [RemovedUtc] IS NOT NULL;

    DECLARE @Added INT = @@ROWCOUNT;

    IF @Added = 0
    BEGIN
        -- UPDLOCK, HOLDLOCK: two admins adding the same estate at once serialise here instead of one failing the key.
        INSERT INTO [dbo].[CampaignEstate] ([CampaignId], [EstateId], [AddedUtc], [AddedReason])
        SELECT
            @CampaignId,
            @EstateId,
            @AddedUtc,
            @AddedReason
        WHERE
            NOT EXISTS (
                SELECT 1
                FROM [dbo].[CampaignEstate] WITH (UPDLOCK, HOLDLOCK)
                WHERE [CampaignId] = @CampaignId AND [EstateId] = @EstateId
            );

        SET @Added = @@ROWCOUNT;
    END

    SELECT @Added AS [Added];
END
GO

-- A campaign's list, for one sub-district or (@SubDistrictId NULL) all, removed estates only when asked, ordered
-- by estate name (Id breaks ties) as a return's rows are. Name, community, households and sub-district are the
-- registry's as they are now.
CREATE OR ALTER PROCEDURE [dbo].[CampaignEstate_ReadByCampaignId]
    @CampaignId BIGINT,
    @SubDistrictId BIGINT,
    @IncludeRemoved BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CE.[CampaignId],
        CE.[EstateId],
        E.[SubDistrictId],
        E.[Name] AS [EstateName],
        E.[CommunityName],
        E.[Households],
        CE.[AddedUtc],
        CE.[AddedReason],
        CE.[RemovedUtc],
        CE.[RemovedReason]
    FROM
        [dbo].[CampaignEstate] CE
        INNER JOIN [dbo].[EstateView] E ON E.[Id] = CE.[EstateId]
    WHERE
        CE.[CampaignId] = @CampaignId
        AND (@SubDistrictId IS NULL OR E.[SubDistrictId] = @SubDistrictId)
        AND (@IncludeRemoved = 1 OR CE.[RemovedUtc] IS NULL)
    ORDER BY
        E.[Name] ASC,
        CE.[EstateId] ASC;
END
GO

-- Takes an estate off a campaign's list, keeping the row with when and why. Returns 1 when it was on the list,
-- 0 when it had already been removed; an estate never on the list raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[CampaignEstate_UpdateRemoved]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @RemovedUtc DATETIME2 (7),
    @RemovedReason NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CampaignEstate]
    SET
        [RemovedUtc] = @RemovedUtc,
        [RemovedReason] = @RemovedReason
    WHERE
        [CampaignId] = @CampaignId
        AND [EstateId] = @EstateId
        AND [RemovedUtc] IS NULL;

    DECLARE @Removed INT = @@ROWCOUNT;

    IF @Removed = 0 AND NOT EXISTS (SELECT 1 FROM [dbo].[CampaignEstate] WHERE [CampaignId] = @CampaignId AND [EstateId] = @EstateId)
    BEGIN
        THROW 50400, N'The estate is not on the campaign''s list.', 1;
    END

    SELECT @Removed AS [Removed];
END
GO

-- The holidays and make-up working days in [@From, @To], in date order.
CREATE OR ALTER PROCEDURE [dbo].[CalendarDay_ReadByDateRange]
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Date],
        [IsMakeUpWorkingDay],
        [Name]
    FROM
        [dbo].[CalendarDay]
    WHERE
        [Date] BETWEEN @From AND @To
    ORDER BY
        [Date] ASC;
END
GO

-- Replaces the calendar between @From and @To (both included) with @Days, all or nothing: the caller's
-- transaction holds the delete and the insert together. A day outside the range raises 50400; the same date
-- twice raises 2627 ([PK_CalendarDay]).
CREATE OR ALTER PROCEDURE [dbo].[CalendarDay_UpdateRange]
    @From DATE,
    @To DATE,
    @Days [dbo].[CalendarDayList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF EXISTS (SELECT 1 FROM @Days WHERE [Date] < @From OR [Date] > @To)
    BEGIN
        THROW 50400, N'A calendar day lies outside the range being replaced.', 1;
    END

    DELETE FROM
        [dbo].[CalendarDay]
    WHERE
        [Date] BETWEEN @From AND @To;

    INSERT INTO [dbo].[CalendarDay] ([Date], [IsMakeUpWorkingDay], [Name])
    SELECT
        [Date],
        [IsMakeUpWorkingDay],
        [Name]
    FROM
        @Days;
END
GO

-- Creates a return (normally a draft) with its rows and returns its id. A node that is not a sub-district raises
-- 50400; a second return for the same sub-district and week raises 2627 ([UQ_WeeklyReturn_SubDistrictId_WeekEnding]);
-- the same estate twice in @Rows raises 2627 ([PK_ReturnRow]); an unknown estate raises 547.
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_Create]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @Status INT,
    @FirstSubmittedUtc DATETIME2 (7),
    @LastSubmittedUtc DATETIME2 (7),
    @SubmittedByUserId BIGINT,
    @SubmittedByName NVARCHAR (100),
    @ReviewedUtc DATETIME2 (7),
    @ReviewedByUserId BIGINT,
    @ReviewedByName NVARCHAR (100),
    @ReviewReason NVARCHAR (MAX),
    @HasBeenAccepted BIT,
    @IsRestatement BIT,
    @ProgressNarrative NVARCHAR (MAX),
    @ProblemsNarrative NVARCHAR (MAX),
    @NextWeekPlan NVARCHAR (MAX),
    @Rows [dbo].[ReturnRowList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF NOT EXISTS (SELECT 1 FROM [dbo].[Node] WHERE [Id] = @SubDistrictId AND [Level] = 3)
    BEGIN
        THROW 50400, N'Weekly returns are filed by sub-districts.', 1;
    END

    INSERT INTO [dbo].[WeeklyReturn]
    (
        [SubDistrictId],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [LastSubmittedUtc],
        [SubmittedByUserId],
        [SubmittedByName],
        [ReviewedUtc],
        [ReviewedByUserId],
        [ReviewedByName],
        [ReviewReason],
        [HasBeenAccepted],
        [IsRestatement],
        [WasSentBack],
        [ProgressNarrative],
        [ProblemsNarrative],
        [NextWeekPlan]
    )
    VALUES
    (
        @SubDistrictId,
        @WeekEnding,
        @Status,
        @FirstSubmittedUtc,
        @LastSubmittedUtc,
        @SubmittedByUserId,
        @SubmittedByName,
        @ReviewedUtc,
        @ReviewedByUserId,
        @ReviewedByName,
        @ReviewReason,
        @HasBeenAccepted,
        @IsRestatement,
        -- 3 is ReturnStatus.SentBack.
        CASE WHEN @Status = 3 THEN 1 ELSE 0 END,
        @ProgressNarrative,
        @ProblemsNarrative,
        @NextWeekPlan
    );

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[ReturnRow]
    (
        [WeeklyReturnId],
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    )
    SELECT
        @Id,
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    FROM
        @Rows;

    SELECT @Id AS [Id];
END
GO

-- A return without its rows ([dbo].[ReturnRow_ReadByWeeklyReturnId] reads those).
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [LastSubmittedUtc],
        [SubmittedByUserId],
        [SubmittedByName],
        [ReviewedUtc],
        [ReviewedByUserId],
        [ReviewedByName],
        [ReviewReason],
        [HasBeenAccepted],
        [IsRestatement],
        [ProgressNarrative],
        [ProblemsNarrative],
        [NextWeekPlan],
        [Version]
    FROM
        [dbo].[WeeklyReturnView]
    WHERE
        [Id] = @Id;
END
GO

-- The return of one sub-district for one week, without its rows; at most one
-- ([UQ_WeeklyReturn_SubDistrictId_WeekEnding]).
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_ReadBySubDistrictWeek]
    @SubDistrictId BIGINT,
    @WeekEnding DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [LastSubmittedUtc],
        [SubmittedByUserId],
        [SubmittedByName],
        [ReviewedUtc],
        [ReviewedByUserId],
        [ReviewedByName],
        [ReviewReason],
        [HasBeenAccepted],
        [IsRestatement],
        [ProgressNarrative],
        [ProblemsNarrative],
        [NextWeekPlan],
        [Version]
    FROM
        [dbo].[WeeklyReturnView]
    WHERE
        [SubDistrictId] = @SubDistrictId
        AND [WeekEnding] = @WeekEnding;
END
GO

-- The sub-district's newest return for a week before @WeekEnding whose status is Accepted (4) now, without its
-- rows: what a new week is pre-filled from and validated against. A reopened return is not accepted until it
-- is accepted again.
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_ReadLastAccepted]
    @SubDistrictId BIGINT,
    @WeekEnding DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (1)
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [LastSubmittedUtc],
        [SubmittedByUserId],
        [SubmittedByName],
        [ReviewedUtc],
        [ReviewedByUserId],
        [ReviewedByName],
        [ReviewReason],
        [HasBeenAccepted],
        [IsRestatement],
        [ProgressNarrative],
        [ProblemsNarrative],
        [NextWeekPlan],
        [Version]
    FROM
        [dbo].[WeeklyReturnView]
    WHERE
        [SubDistrictId] = @SubDistrictId
        AND [WeekEnding] < @WeekEnding
        AND [Status] = 4
    ORDER BY
        [WeekEnding] DESC;
END
GO

-- The returns of the sub-districts under @ScopePath for weeks in [@From, @To], without rows: newest week first,
-- then the sub-districts in hierarchy order. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_ReadSummariesByScopePath]
    @ScopePath NVARCHAR (200),
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [ReviewedUtc],
        [IsRestatement],
        [WasSentBack],
        [MarkedOverdueUtc]
    FROM
        [dbo].[WeeklyReturnView]
    WHERE
        @ScopePath <> N''
        AND [SubDistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [WeekEnding] BETWEEN @From AND @To
    ORDER BY
        [WeekEnding] DESC,
        [SubDistrictSortOrder] ASC,
        [SubDistrictName] ASC,
        [SubDistrictId] ASC;
END
GO

-- Saves a return's status fields and narratives and replaces its rows as a whole, if @Version is still current;
-- otherwise raises 50409 and changes nothing. The first submission time, once set, stays (timeliness is judged
-- on it), and [WasSentBack] stays set once the return has been sent back. Duplicate or unknown estates in @Rows
-- raise 2627 or 547, and nothing is changed either.
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_Update]
    @Id BIGINT,
    @Status INT,
    @FirstSubmittedUtc DATETIME2 (7),
    @LastSubmittedUtc DATETIME2 (7),
    @SubmittedByUserId BIGINT,
    @SubmittedByName NVARCHAR (100),
    @ReviewedUtc DATETIME2 (7),
    @ReviewedByUserId BIGINT,
    @ReviewedByName NVARCHAR (100),
    @ReviewReason NVARCHAR (MAX),
    @HasBeenAccepted BIT,
    @IsRestatement BIT,
    @ProgressNarrative NVARCHAR (MAX),
    @ProblemsNarrative NVARCHAR (MAX),
    @NextWeekPlan NVARCHAR (MAX),
    @Rows [dbo].[ReturnRowList] READONLY,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[WeeklyReturn]
    SET
        [Status] = @Status,
        [FirstSubmittedUtc] = COALESCE([FirstSubmittedUtc], @FirstSubmittedUtc),
        [LastSubmittedUtc] = @LastSubmittedUtc,
        [SubmittedByUserId] = @SubmittedByUserId,
        [SubmittedByName] = @SubmittedByName,
        [ReviewedUtc] = @ReviewedUtc,
        [ReviewedByUserId] = @ReviewedByUserId,
        [ReviewedByName] = @ReviewedByName,
        [ReviewReason] = @ReviewReason,
        [HasBeenAccepted] = @HasBeenAccepted,
        [IsRestatement] = @IsRestatement,
        -- 3 is ReturnStatus.SentBack.
        [WasSentBack] = CASE WHEN @Status = 3 THEN 1 ELSE [WasSentBack] END,
        [ProgressNarrative] = @ProgressNarrative,
        [ProblemsNarrative] = @ProblemsNarrative,
        [NextWeekPlan] = @NextWeekPlan
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The weekly return was changed by someone else since it was read.', 1;
    END

    DELETE FROM
        [dbo].[ReturnRow]
    WHERE
        [WeeklyReturnId] = @Id;

    INSERT INTO [dbo].[ReturnRow]
    (
        [WeeklyReturnId],
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    )
    SELECT
        @Id,
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    FROM
        @Rows;
END
GO

-- The deadline job: records that a week's deadline passed with nothing submitted, creating an empty draft when the
-- sub-district has no return for that week. [Marked] is 1 when this call marked it, 0 when it was marked before or
-- something had been submitted, so a retried job changes nothing. UPDLOCK, HOLDLOCK makes two runs for the same
-- week wait for each other instead of both inserting. A node that is not a sub-district raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_UpdateOverdue]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @MarkedOverdueUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @Id BIGINT;
    DECLARE @Created BIT = 0;
    DECLARE @Marked BIT = 0;

    SELECT
        @Id = [Id]
    FROM
        [dbo].[WeeklyReturn] WITH (UPDLOCK, HOLDLOCK)
    WHERE
        [SubDistrictId] = @SubDistrictId
        AND [WeekEnding] = @WeekEnding;

    IF @Id IS NULL
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM [dbo].[Node] WHERE [Id] = @SubDistrictId AND [Level] = 3)
        BEGIN
            THROW 50400, N'Weekly returns are filed by sub-districts.', 1;
        END

        -- 1 is ReturnStatus.Draft.
        INSERT INTO [dbo].[WeeklyReturn] ([SubDistrictId], [WeekEnding], [Status], [MarkedOverdueUtc])
        VALUES (@SubDistrictId, @WeekEnding, 1, @MarkedOverdueUtc);

        SET @Id = CONVERT(BIGINT, SCOPE_IDENTITY());
        SET @Created = 1;
        SET @Marked = 1;
    END
    ELSE
    BEGIN
        UPDATE
            [dbo].[WeeklyReturn]
        SET
            [MarkedOverdueUtc] = @MarkedOverdueUtc
        WHERE
            [Id] = @Id
            AND [MarkedOverdueUtc] IS NULL
            AND [FirstSubmittedUtc] IS NULL;

        SET @Marked = CASE WHEN @@ROWCOUNT = 1 THEN 1 ELSE 0 END;
    END

    SELECT
        @Id AS [Id],
        @Created AS [Created],
        @Marked AS [Marked];
END
GO

-- The rows of one return, ordered by estate name (EstateId breaks ties).
CREATE OR ALTER PROCEDURE [dbo].[ReturnRow_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [WeeklyReturnId],
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    FROM
        [dbo].[ReturnRow]
    WHERE
        [WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        [EstateName] ASC,
        [EstateId] ASC;
END
GO

-- Freezes an accepted return's figures. The sub-district, its name and the week are copied from the return as it
-- stands, so a snapshot always agrees with the return it freezes. An unknown return raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[ReturnSnapshot_Create]
    @WeeklyReturnId BIGINT,
    @AcceptedUtc DATETIME2 (7),
    @IsRestatement BIT,
    @WasOnTime BIT,
    @Baseline INT,
    @Covered INT,
    @Remaining INT,
    @PercentCleared DECIMAL (5, 1),
    @NewlyCovered INT,
    @CommitteesFormed INT,
    @HouseholdsCovered BIGINT,
    @CoveredEstateIds NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ReturnSnapshot]
    (
        [WeeklyReturnId],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [AcceptedUtc],
        [IsRestatement],
        [WasOnTime],
        [Baseline],
        [Covered],
        [Remaining],
        [PercentCleared],
        [NewlyCovered],
        [CommitteesFormed],
        [HouseholdsCovered],
        [CoveredEstateIds]
    )
    SELECT
        R.[Id],
        R.[SubDistrictId],
        R.[SubDistrictName],
        R.[WeekEnding],
        @AcceptedUtc,
        @IsRestatement,
        @WasOnTime,
        @Baseline,
        @Covered,
        @Remaining,
        @PercentCleared,
        @NewlyCovered,
        @CommitteesFormed,
        @HouseholdsCovered,
        @CoveredEstateIds
    FROM
        [dbo].[WeeklyReturnView] R
    WHERE
        R.[Id] = @WeeklyReturnId;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50400, N'The weekly return does not exist.', 1;
    END
END
GO

-- Every snapshot of one return, oldest first: the original acceptance, then each restatement.
CREATE OR ALTER PROCEDURE [dbo].[ReturnSnapshot_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [WeeklyReturnId],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [AcceptedUtc],
        [IsRestatement],
        [WasOnTime],
        [Baseline],
        [Covered],
        [Remaining],
        [PercentCleared],
        [NewlyCovered],
        [CommitteesFormed],
        [HouseholdsCovered],
        [CoveredEstateIds]
    FROM
        [dbo].[ReturnSnapshot]
    WHERE
        [WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        [AcceptedUtc] ASC,
        [Id] ASC;
END
GO

-- The current (newest) snapshot of each return of the sub-districts under @ScopePath for weeks in [@From, @To]:
-- one per sub-district and week, since a return is unique per sub-district and week. Ordered by week, then the
-- sub-districts in hierarchy order. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[ReturnSnapshot_ReadCurrentByScopePath]
    @ScopePath NVARCHAR (200),
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        S.[Id],
        S.[WeeklyReturnId],
        S.[SubDistrictId],
        S.[SubDistrictName],
        S.[WeekEnding],
        S.[AcceptedUtc],
        S.[IsRestatement],
        S.[WasOnTime],
        S.[Baseline],
        S.[Covered],
        S.[Remaining],
        S.[PercentCleared],
        S.[NewlyCovered],
        S.[CommitteesFormed],
        S.[HouseholdsCovered],
        S.[CoveredEstateIds]
    FROM
        (
            SELECT
                Frozen.[Id],
                Frozen.[WeeklyReturnId],
                Frozen.[SubDistrictId],
                Frozen.[SubDistrictName],
                Frozen.[WeekEnding],
                Frozen.[AcceptedUtc],
                Frozen.[IsRestatement],
                Frozen.[WasOnTime],
                Frozen.[Baseline],
                Frozen.[Covered],
                Frozen.[Remaining],
                Frozen.[PercentCleared],
                Frozen.[NewlyCovered],
                Frozen.[CommitteesFormed],
                Frozen.[HouseholdsCovered],
                Frozen.[CoveredEstateIds],
                SubDistrict.[SortOrder] AS [SubDistrictSortOrder],
                ROW_NUMBER() OVER (
                    PARTITION BY Frozen.[WeeklyReturnId]
                    ORDER BY Frozen.[AcceptedUtc] DESC, Frozen.[Id] DESC
                ) AS [Newness]
            FROM
                [dbo].[ReturnSnapshot] Frozen
                INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = Frozen.[SubDistrictId]
            WHERE
                @ScopePath <> N''
                AND SubDistrict.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
                AND Frozen.[WeekEnding] BETWEEN @From AND @To
        ) S
    WHERE
        S.[Newness] = 1
    ORDER BY
        S.[WeekEnding] ASC,
        S.[SubDistrictSortOrder] ASC,
        S.[SubDistrictName] ASC,
        S.[SubDistrictId] ASC;
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
    @CreatedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Notification] ([UserId], [DedupKey], [Title], [Body], [Link], [CreatedUtc])
    SELECT
        @UserId,
        @DedupKey,
        @Title,
        @Body,
        @Link,
        @CreatedUtc
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
        [ReadUtc]
    FROM
        [dbo].[Notification]
    WHERE
        [UserId] = @UserId
    ORDER BY
        [CreatedUtc] DESC,
        [Id] DESC;
END
GO

-- How many of a user's notifications are unread (the badge beside the inbox).
CREATE OR ALTER PROCEDURE [dbo].[Notification_ReadUnreadCountByUserId]
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
GO

-- Marks one of the user's own notifications read; the first read time stays when it is read again. Returns 1 when
-- the notification is the user's, 0 otherwise (someone else's, or none), and then changes nothing.
CREATE OR ALTER PROCEDURE [dbo].[Notification_UpdateRead]
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
GO

-- Raises a supervision order unless the sub-district already has one for that week, in one statement (UPDLOCK,
-- HOLDLOCK: a retried job waits for the first, then finds its order). Returns the new id, or NULL when nothing was
-- raised. A node that is not a sub-district raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_Create]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @Reason NVARCHAR (MAX),
    @RaisedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF NOT EXISTS (SELECT 1 FROM [dbo].[Node] WHERE [Id] = @SubDistrictId AND [Level] = 3)
    BEGIN
        THROW 50400, N'Supervision orders are raised on sub-districts.', 1;
    END

    INSERT INTO [dbo].[SupervisionOrder] ([SubDistrictId], [WeekEnding], [Reason], [RaisedUtc])
    SELECT
        @SubDistrictId,
        @WeekEnding,
        @Reason,
        @RaisedUtc
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[SupervisionOrder] WITH (UPDLOCK, HOLDLOCK)
            WHERE [SubDistrictId] = @SubDistrictId AND [WeekEnding] = @WeekEnding
        );

    DECLARE @Raised INT = @@ROWCOUNT;

    SELECT CASE WHEN @Raised = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        [Id] = @Id;
END
GO

-- Orders of the sub-districts under @ScopePath (open ones only when asked): open first, then newest raised first
-- (Id breaks ties). An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @OpenOnly BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        @ScopePath <> N''
        AND [SubDistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND (@OpenOnly = 0 OR [ClosedUtc] IS NULL)
    ORDER BY
        CASE WHEN [ClosedUtc] IS NULL THEN 0 ELSE 1 END ASC,
        [RaisedUtc] DESC,
        [Id] DESC;
END
GO

-- Closes an open order with a note if @Version is still current. A stale version (or no such order) raises 50409;
-- an order already closed raises 50400. Nothing is changed then.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_UpdateClosed]
    @Id BIGINT,
    @ClosedUtc DATETIME2 (7),
    @CloseNote NVARCHAR (MAX),
    @ClosedByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[SupervisionOrder]
    SET
        [ClosedUtc] = @ClosedUtc,
        [CloseNote] = @CloseNote,
        [ClosedByName] = @ClosedByName
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [ClosedUtc] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        -- THROW must follow a terminated statement: each sits alone in its own BEGIN … END.
        IF EXISTS (SELECT 1 FROM [dbo].[SupervisionOrder] WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
        BEGIN
            THROW 50400, N'The supervision order is already closed.', 1;
        END
        ELSE
        BEGIN
            THROW 50409, N'The supervision order was changed by someone else since it was read.', 1;
        END
    END
END
GO
