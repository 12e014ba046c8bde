-- 2026-12-05_50_AccountabilityCoordination: 追责 cases with their grounds and the 通报 number (issue 16, item 4), member
-- units and coordination items with their replies (issue 16, item 7), and their procedures. Re-runnable: tables and
-- indexes only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[AccountabilityCase]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[AccountabilityCase] (
        [Id]            BIGINT         IDENTITY (1, 1) NOT NULL,
        [UnitNodeId]    BIGINT         NOT NULL,
        [PersonName]    NVARCHAR (50)  NULL,
        [PersonPost]    NVARCHAR (50)  NULL,
        [Reason]        NVARCHAR (MAX) NOT NULL,
        [Decision]      INT            NOT NULL,
        [DecidedOn]     DATE           NOT NULL,
        [DecidedBy]     NVARCHAR (60)  NOT NULL,
        [IssueYear]     INT            NULL,
        [IssueNo]       INT            NULL,
        [CreatedUtc]    DATETIME2 (7)  NOT NULL,
        [CreatedByName] NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_AccountabilityCase] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_AccountabilityCase_Node_UnitNodeId] FOREIGN KEY ([UnitNodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [CK_AccountabilityCase_Decision] CHECK ([Decision] BETWEEN 1 AND 3)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[AccountabilityCase]'), N'IX_AccountabilityCase_UnitNodeId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_AccountabilityCase_UnitNodeId]
        ON [dbo].[AccountabilityCase] ([UnitNodeId] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[AccountabilityCase]'), N'IX_AccountabilityCase_IssueYear_IssueNo', N'IndexID') IS NULL
BEGIN
    CREATE UNIQUE NONCLUSTERED INDEX [IX_AccountabilityCase_IssueYear_IssueNo]
        ON [dbo].[AccountabilityCase] ([IssueYear] ASC, [IssueNo] ASC)
        WHERE [IssueNo] IS NOT NULL;
END
GO

IF OBJECT_ID(N'[dbo].[AccountabilityGround]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[AccountabilityGround] (
        [CaseId]     BIGINT         NOT NULL,
        [Kind]       INT            NOT NULL,
        [TargetId]   BIGINT         NOT NULL,
        [WeekEnding] DATE           NOT NULL,
        [Note]       NVARCHAR (MAX) NULL,
        CONSTRAINT [PK_AccountabilityGround] PRIMARY KEY CLUSTERED ([CaseId] ASC, [Kind] ASC, [TargetId] ASC),
        CONSTRAINT [FK_AccountabilityGround_AccountabilityCase_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [dbo].[AccountabilityCase] ([Id]),
        CONSTRAINT [CK_AccountabilityGround_Kind] CHECK ([Kind] IN (1, 2))
    );
END
GO

IF OBJECT_ID(N'[dbo].[MemberUnit]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[MemberUnit] (
        [Id]        BIGINT        IDENTITY (1, 1) NOT NULL,
        [Name]      NVARCHAR (50) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL,
        [IsRetired] BIT           CONSTRAINT [DF_MemberUnit_IsRetired] DEFAULT (0) NOT NULL,
        CONSTRAINT [PK_MemberUnit] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [UQ_MemberUnit_Name] UNIQUE NONCLUSTERED ([Name] ASC)
    );
END
GO

IF OBJECT_ID(N'[dbo].[CoordinationItem]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CoordinationItem] (
        [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
        [SubDistrictId]  BIGINT         NOT NULL,
        [EstateId]       BIGINT         NOT NULL,
        [EstateName]     NVARCHAR (100) NOT NULL,
        [WeeklyReturnId] BIGINT         NOT NULL,
        [WeekEnding]     DATE           NOT NULL,
        [Ask]            NVARCHAR (MAX) NOT NULL,
        [Status]         INT            NOT NULL,
        [MemberUnitId]   BIGINT         NULL,
        [CreatedUtc]     DATETIME2 (7)  NOT NULL,
        [CreatedByName]  NVARCHAR (100) NOT NULL,
        [AssignedUtc]    DATETIME2 (7)  NULL,
        [ClosedUtc]      DATETIME2 (7)  NULL,
        [RowVersion]     ROWVERSION     NOT NULL,
        CONSTRAINT [PK_CoordinationItem] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_CoordinationItem_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [FK_CoordinationItem_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [FK_CoordinationItem_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
        CONSTRAINT [FK_CoordinationItem_MemberUnit_MemberUnitId] FOREIGN KEY ([MemberUnitId]) REFERENCES [dbo].[MemberUnit] ([Id]),
        CONSTRAINT [UQ_CoordinationItem_WeeklyReturnId_EstateId] UNIQUE NONCLUSTERED ([WeeklyReturnId] ASC, [EstateId] ASC),
        CONSTRAINT [CK_CoordinationItem_Status] CHECK ([Status] BETWEEN 1 AND 3)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[CoordinationItem]'), N'IX_CoordinationItem_SubDistrictId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_CoordinationItem_SubDistrictId]
        ON [dbo].[CoordinationItem] ([SubDistrictId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[CoordinationReply]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CoordinationReply] (
        [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
        [ItemId]         BIGINT         NOT NULL,
        [RepliedOn]      DATE           NOT NULL,
        [Text]           NVARCHAR (MAX) NOT NULL,
        [IsClosing]      BIT            NOT NULL,
        [RecordedUtc]    DATETIME2 (7)  NOT NULL,
        [RecordedByName] NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_CoordinationReply] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_CoordinationReply_CoordinationItem_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [dbo].[CoordinationItem] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[CoordinationReply]'), N'IX_CoordinationReply_ItemId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_CoordinationReply_ItemId]
        ON [dbo].[CoordinationReply] ([ItemId] ASC);
END
GO

-- Stores a 追责 case; returns its id. The rules (unit, grounds, numbering) are AccountabilityService's (Core); a 通报 number
-- taken twice in a year is the unique index's to refuse (2601).
CREATE OR ALTER PROCEDURE [dbo].[AccountabilityCase_Create]
    @UnitNodeId BIGINT,
    @PersonName NVARCHAR (50),
    @PersonPost NVARCHAR (50),
    @Reason NVARCHAR (MAX),
    @Decision INT,
    @DecidedOn DATE,
    @DecidedBy NVARCHAR (60),
    @IssueYear INT,
    @IssueNo INT,
    @CreatedUtc DATETIME2 (7),
    @CreatedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[AccountabilityCase] (
        [UnitNodeId], [PersonName], [PersonPost], [Reason], [Decision], [DecidedOn], [DecidedBy], [IssueYear], [IssueNo],
        [CreatedUtc], [CreatedByName]
    )
    VALUES (
        @UnitNodeId, @PersonName, @PersonPost, @Reason, @Decision, @DecidedOn, @DecidedBy, @IssueYear, @IssueNo,
        @CreatedUtc, @CreatedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- One case with its unit's name and path (the scope it is read in), or no row.
CREATE OR ALTER PROCEDURE [dbo].[AccountabilityCase_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[UnitNodeId],
        N.[Name] AS [UnitName],
        N.[Path] AS [UnitPath],
        C.[PersonName],
        C.[PersonPost],
        C.[Reason],
        C.[Decision],
        C.[DecidedOn],
        C.[DecidedBy],
        C.[IssueYear],
        C.[IssueNo],
        C.[CreatedUtc],
        C.[CreatedByName]
    FROM
        [dbo].[AccountabilityCase] C
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[UnitNodeId]
    WHERE
        C.[Id] = @Id;
END
GO

-- Cases whose unit lies under @ScopePath, newest decision first (Id breaks ties). An empty scope matches nothing; the
-- path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[AccountabilityCase_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[UnitNodeId],
        N.[Name] AS [UnitName],
        N.[Path] AS [UnitPath],
        C.[PersonName],
        C.[PersonPost],
        C.[Reason],
        C.[Decision],
        C.[DecidedOn],
        C.[DecidedBy],
        C.[IssueYear],
        C.[IssueNo],
        C.[CreatedUtc],
        C.[CreatedByName]
    FROM
        [dbo].[AccountabilityCase] C
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[UnitNodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        C.[DecidedOn] DESC,
        C.[Id] DESC
    OPTION (RECOMPILE);
END
GO

-- The highest 通报 number of @IssueYear; 0 when the year has none.
CREATE OR ALTER PROCEDURE [dbo].[AccountabilityCase_ReadMaxIssueNo]
    @IssueYear INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        ISNULL(MAX([IssueNo]), 0) AS [IssueNo]
    FROM
        [dbo].[AccountabilityCase]
    WHERE
        [IssueYear] = @IssueYear;
END
GO

-- One ground of a case, written in the case's transaction.
CREATE OR ALTER PROCEDURE [dbo].[AccountabilityGround_Create]
    @CaseId BIGINT,
    @Kind INT,
    @TargetId BIGINT,
    @WeekEnding DATE,
    @Note NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[AccountabilityGround] ([CaseId], [Kind], [TargetId], [WeekEnding], [Note])
    VALUES (@CaseId, @Kind, @TargetId, @WeekEnding, @Note);
END
GO

-- A case's grounds: orders first, then missed returns, newest week first.
CREATE OR ALTER PROCEDURE [dbo].[AccountabilityGround_ReadByCaseId]
    @CaseId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [CaseId],
        [Kind],
        [TargetId],
        [WeekEnding],
        [Note]
    FROM
        [dbo].[AccountabilityGround]
    WHERE
        [CaseId] = @CaseId
    ORDER BY
        [Kind] ASC,
        [WeekEnding] DESC,
        [TargetId] ASC;
END
GO

-- Adds a member unit; returns its id. A name on the list already is the unique key's to refuse (2627).
CREATE OR ALTER PROCEDURE [dbo].[MemberUnit_Create]
    @Name NVARCHAR (50),
    @IsRetired BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[MemberUnit] ([Name], [IsRetired])
    VALUES (@Name, @IsRetired);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- Every member unit: those on the list first, in the order they were added.
CREATE OR ALTER PROCEDURE [dbo].[MemberUnit_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Name],
        [IsRetired]
    FROM
        [dbo].[MemberUnit]
    ORDER BY
        [IsRetired] ASC,
        [Id] ASC;
END
GO

-- Renames or retires a unit (what may change is CoordinationService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[MemberUnit_Update]
    @Id BIGINT,
    @Name NVARCHAR (50),
    @IsRetired BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[MemberUnit]
    SET
        [Name] = @Name,
        [IsRetired] = @IsRetired
    WHERE
        [Id] = @Id;
END
GO

-- Takes an ask in as a coordination item; returns its id. A second item for the same return row is the unique key's to
-- refuse (2627).
CREATE OR ALTER PROCEDURE [dbo].[CoordinationItem_Create]
    @SubDistrictId BIGINT,
    @EstateId BIGINT,
    @EstateName NVARCHAR (100),
    @WeeklyReturnId BIGINT,
    @WeekEnding DATE,
    @Ask NVARCHAR (MAX),
    @Status INT,
    @MemberUnitId BIGINT,
    @CreatedUtc DATETIME2 (7),
    @CreatedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[CoordinationItem] (
        [SubDistrictId], [EstateId], [EstateName], [WeeklyReturnId], [WeekEnding], [Ask], [Status], [MemberUnitId], [CreatedUtc],
        [CreatedByName]
    )
    VALUES (
        @SubDistrictId, @EstateId, @EstateName, @WeeklyReturnId, @WeekEnding, @Ask, @Status, @MemberUnitId, @CreatedUtc,
        @CreatedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- One item with its sub-district's and unit's names and its row version as a BIGINT [Version], or no row.
CREATE OR ALTER PROCEDURE [dbo].[CoordinationItem_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[SubDistrictId],
        S.[Name] AS [SubDistrictName],
        I.[EstateId],
        I.[EstateName],
        I.[WeeklyReturnId],
        I.[WeekEnding],
        I.[Ask],
        I.[Status],
        I.[MemberUnitId],
        U.[Name] AS [MemberUnitName],
        I.[CreatedUtc],
        I.[CreatedByName],
        I.[AssignedUtc],
        I.[ClosedUtc],
        CONVERT(BIGINT, I.[RowVersion]) AS [Version]
    FROM
        [dbo].[CoordinationItem] I
        INNER JOIN [dbo].[Node] S ON S.[Id] = I.[SubDistrictId]
        LEFT JOIN [dbo].[MemberUnit] U ON U.[Id] = I.[MemberUnitId]
    WHERE
        I.[Id] = @Id;
END
GO

-- Items of the sub-districts under @ScopePath: open ones first, newest week first (Id breaks ties). An empty scope
-- matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[CoordinationItem_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[SubDistrictId],
        S.[Name] AS [SubDistrictName],
        I.[EstateId],
        I.[EstateName],
        I.[WeeklyReturnId],
        I.[WeekEnding],
        I.[Ask],
        I.[Status],
        I.[MemberUnitId],
        U.[Name] AS [MemberUnitName],
        I.[CreatedUtc],
        I.[CreatedByName],
        I.[AssignedUtc],
        I.[ClosedUtc],
        CONVERT(BIGINT, I.[RowVersion]) AS [Version]
    FROM
        [dbo].[CoordinationItem] I
        INNER JOIN [dbo].[Node] S ON S.[Id] = I.[SubDistrictId]
        LEFT JOIN [dbo].[MemberUnit] U ON U.[Id] = I.[MemberUnitId]
    WHERE
        @ScopePath <> N''
        AND S.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        CASE WHEN I.[Status] = 3 THEN 1 ELSE 0 END ASC,
        I.[WeekEnding] DESC,
        I.[Id] DESC
    OPTION (RECOMPILE);
END
GO

-- For each estate of the sub-districts under @ScopePath, its row in the newest accepted return ([Status] 4) that has
-- one, when that row asks something of the district (需区级协调事项 not blank). Which asks are still to take in is
-- CoordinationService's rule (Core).
CREATE OR ALTER PROCEDURE [dbo].[CoordinationItem_ReadAsksByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[WeeklyReturnId],
        W.[SubDistrictId],
        S.[Name] AS [SubDistrictName],
        W.[WeekEnding],
        R.[EstateId],
        R.[EstateName],
        R.[HelpAsked]
    FROM
        [dbo].[ReturnRow] R
        INNER JOIN [dbo].[WeeklyReturn] W ON W.[Id] = R.[WeeklyReturnId]
        INNER JOIN [dbo].[Node] S ON S.[Id] = W.[SubDistrictId]
    WHERE
        @ScopePath <> N''
        AND S.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND W.[Status] = 4
        AND LTRIM(RTRIM(ISNULL(R.[HelpAsked], N''))) <> N''
        AND W.[WeekEnding] = (
            SELECT
                MAX(W2.[WeekEnding])
            FROM
                [dbo].[ReturnRow] R2
                INNER JOIN [dbo].[WeeklyReturn] W2 ON W2.[Id] = R2.[WeeklyReturnId]
            WHERE
                R2.[EstateId] = R.[EstateId]
                AND W2.[Status] = 4
        )
    ORDER BY
        S.[Path] ASC,
        R.[EstateName] ASC
    OPTION (RECOMPILE);
END
GO

-- Writes an item's status, unit and times if @Version is still current; a stale version or no such item raises 50409
-- and nothing is changed (what may change when is CoordinationService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[CoordinationItem_Update]
    @Id BIGINT,
    @Status INT,
    @MemberUnitId BIGINT,
    @AssignedUtc DATETIME2 (7),
    @ClosedUtc DATETIME2 (7),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CoordinationItem]
    SET
        [Status] = @Status,
        [MemberUnitId] = @MemberUnitId,
        [AssignedUtc] = @AssignedUtc,
        [ClosedUtc] = @ClosedUtc
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The coordination item was changed by someone else since it was read.', 1;
    END
END
GO

-- Records a member unit's reply, in the item's update transaction; returns its id.
CREATE OR ALTER PROCEDURE [dbo].[CoordinationReply_Create]
    @ItemId BIGINT,
    @RepliedOn DATE,
    @Text NVARCHAR (MAX),
    @IsClosing BIT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[CoordinationReply] ([ItemId], [RepliedOn], [Text], [IsClosing], [RecordedUtc], [RecordedByName])
    VALUES (@ItemId, @RepliedOn, @Text, @IsClosing, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- An item's replies, in the order they were recorded.
CREATE OR ALTER PROCEDURE [dbo].[CoordinationReply_ReadByItemId]
    @ItemId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ItemId],
        [RepliedOn],
        [Text],
        [IsClosing],
        [RecordedUtc],
        [RecordedByName]
    FROM
        [dbo].[CoordinationReply]
    WHERE
        [ItemId] = @ItemId
    ORDER BY
        [Id] ASC;
END
GO
