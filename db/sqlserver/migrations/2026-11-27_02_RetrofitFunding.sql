-- 2026-11-27_02_RetrofitFunding: the old-estate upgrade of P8. Retrofit programmes with area targets per node (or
-- per label, for a district of the programme outside the portal) and year; works projects per estate or per
-- management area merging several estates of one community; and their funding (P8 七): cost lines with their
-- category and hardship application, and payments per payer. Re-runnable: tables and indexes are created only when
-- missing; views and procedures are CREATE OR ALTER. The object files under db/sqlserver are the source of truth:
-- DistrictPortal.Db.Tests checks that the migrations, applied in order, produce exactly those objects.

IF OBJECT_ID(N'[dbo].[RetrofitProgramme]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[RetrofitProgramme] (
        [Id]         BIGINT         IDENTITY (1, 1) NOT NULL,
        [NodeId]     BIGINT         NOT NULL,
        [Name]       NVARCHAR (200) NOT NULL,
        [FirstYear]  INT            NOT NULL,
        [LastYear]   INT            NOT NULL,
        [RowVersion] ROWVERSION     NOT NULL,
        CONSTRAINT [PK_RetrofitProgramme] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_RetrofitProgramme_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [CK_RetrofitProgramme_Years] CHECK ([LastYear] >= [FirstYear])
    );
END
GO

IF OBJECT_ID(N'[dbo].[AreaTarget]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[AreaTarget] (
        [Id]          BIGINT          IDENTITY (1, 1) NOT NULL,
        [ProgrammeId] BIGINT          NOT NULL,
        [NodeId]      BIGINT          NULL,
        [Label]       NVARCHAR (100)  NULL,
        [Year]        INT             NOT NULL,
        [TargetArea]  DECIMAL (18, 2) NOT NULL,
        [RowVersion]  ROWVERSION      NOT NULL,
        CONSTRAINT [PK_AreaTarget] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_AreaTarget_RetrofitProgramme_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [dbo].[RetrofitProgramme] ([Id]),
        CONSTRAINT [FK_AreaTarget_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [UQ_AreaTarget_ProgrammeId_NodeId_Label_Year] UNIQUE NONCLUSTERED ([ProgrammeId] ASC, [NodeId] ASC, [Label] ASC, [Year] ASC),
        CONSTRAINT [CK_AreaTarget_TargetArea] CHECK ([TargetArea] >= 0),
        CONSTRAINT [CK_AreaTarget_NodeOrLabel] CHECK (([NodeId] IS NULL AND [Label] IS NOT NULL) OR ([NodeId] IS NOT NULL AND [Label] IS NULL))
    );
END
GO

IF OBJECT_ID(N'[dbo].[RetrofitProject]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[RetrofitProject] (
        [Id]            BIGINT          IDENTITY (1, 1) NOT NULL,
        [EstateId]      BIGINT          NOT NULL,
        [Name]          NVARCHAR (100)  NOT NULL,
        [WorkItems]     INT             NOT NULL,
        [Area]          DECIMAL (18, 2) NOT NULL,
        [Status]        INT             NOT NULL,
        [StartedDate]   DATE            NULL,
        [CompletedDate] DATE            NULL,
        [AcceptedDate]  DATE            NULL,
        [RowVersion]    ROWVERSION      NOT NULL,
        CONSTRAINT [PK_RetrofitProject] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_RetrofitProject_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_RetrofitProject_WorkItems] CHECK ([WorkItems] BETWEEN 1 AND 127),
        CONSTRAINT [CK_RetrofitProject_Area] CHECK ([Area] > 0),
        CONSTRAINT [CK_RetrofitProject_Status] CHECK ([Status] BETWEEN 1 AND 4),
        CONSTRAINT [CK_RetrofitProject_AcceptedDate] CHECK (([Status] = 4 AND [AcceptedDate] IS NOT NULL) OR ([Status] <> 4 AND [AcceptedDate] IS NULL))
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[RetrofitProject]'), N'IX_RetrofitProject_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_RetrofitProject_EstateId]
        ON [dbo].[RetrofitProject] ([EstateId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[RetrofitProjectEstate]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[RetrofitProjectEstate] (
        [ProjectId] BIGINT NOT NULL,
        [EstateId]  BIGINT NOT NULL,
        CONSTRAINT [PK_RetrofitProjectEstate] PRIMARY KEY CLUSTERED ([ProjectId] ASC, [EstateId] ASC),
        CONSTRAINT [FK_RetrofitProjectEstate_RetrofitProject_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [dbo].[RetrofitProject] ([Id]),
        CONSTRAINT [FK_RetrofitProjectEstate_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[RetrofitProjectEstate]'), N'IX_RetrofitProjectEstate_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_RetrofitProjectEstate_EstateId]
        ON [dbo].[RetrofitProjectEstate] ([EstateId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[CostItem]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CostItem] (
        [Id]                  BIGINT          IDENTITY (1, 1) NOT NULL,
        [ProjectId]           BIGINT          NOT NULL,
        [Year]                INT             NOT NULL,
        [Category]            INT             NOT NULL,
        [Amount]              DECIMAL (18, 2) NOT NULL,
        [IsFinalAccount]      BIT             NOT NULL,
        [Hardship]            INT             CONSTRAINT [DF_CostItem_Hardship] DEFAULT ((0)) NOT NULL,
        [HardshipDecidedDate] DATE            NULL,
        [HardshipNote]        NVARCHAR (200)  NULL,
        [Description]         NVARCHAR (200)  NULL,
        [RowVersion]          ROWVERSION      NOT NULL,
        CONSTRAINT [PK_CostItem] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_CostItem_RetrofitProject_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [dbo].[RetrofitProject] ([Id]),
        CONSTRAINT [CK_CostItem_Category] CHECK ([Category] >= 1),
        CONSTRAINT [CK_CostItem_Amount] CHECK ([Amount] >= 0),
        CONSTRAINT [CK_CostItem_Hardship] CHECK ([Hardship] >= 0)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[CostItem]'), N'IX_CostItem_ProjectId_Year', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_CostItem_ProjectId_Year]
        ON [dbo].[CostItem] ([ProjectId] ASC, [Year] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[Payment]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Payment] (
        [Id]        BIGINT          IDENTITY (1, 1) NOT NULL,
        [ProjectId] BIGINT          NOT NULL,
        [Payer]     INT             NOT NULL,
        [Amount]    DECIMAL (18, 2) NOT NULL,
        [PaidDate]  DATE            NOT NULL,
        [Reference] NVARCHAR (200)  NULL,
        CONSTRAINT [PK_Payment] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Payment_RetrofitProject_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [dbo].[RetrofitProject] ([Id]),
        CONSTRAINT [CK_Payment_Payer] CHECK ([Payer] >= 1),
        CONSTRAINT [CK_Payment_Amount] CHECK ([Amount] > 0)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Payment]'), N'IX_Payment_ProjectId_PaidDate', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Payment_ProjectId_PaidDate]
        ON [dbo].[Payment] ([ProjectId] ASC, [PaidDate] ASC);
END
GO

-- A works project with its lead estate's name, path and community, its merged estates as "12,15" (ascending), and
-- its row version as a BIGINT [Version].
CREATE OR ALTER VIEW [dbo].[RetrofitProjectView]
AS
SELECT
    P.[Id],
    P.[EstateId],
    P.[Name],
    P.[WorkItems],
    P.[Area],
    P.[Status],
    P.[StartedDate],
    P.[CompletedDate],
    P.[AcceptedDate],
    CONVERT(BIGINT, P.[RowVersion]) AS [Version],
    E.[Name] AS [EstateName],
    E.[Path] AS [EstatePath],
    E.[ParentId] AS [CommunityId],
    (
        SELECT STRING_AGG(CONVERT(NVARCHAR (20), M.[EstateId]), N',') WITHIN GROUP (ORDER BY M.[EstateId] ASC)
        FROM [dbo].[RetrofitProjectEstate] M
        WHERE M.[ProjectId] = P.[Id]
    ) AS [MergedIds]
FROM
    [dbo].[RetrofitProject] P
    INNER JOIN [dbo].[Node] E ON E.[Id] = P.[EstateId];
GO

-- Adds a target for a node or a label; returns its id. A second one for the same key violates UQ_AreaTarget_….
CREATE OR ALTER PROCEDURE [dbo].[AreaTarget_Create]
    @ProgrammeId BIGINT,
    @NodeId BIGINT,
    @Label NVARCHAR (100),
    @Year INT,
    @TargetArea DECIMAL (18, 2)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[AreaTarget] ([ProgrammeId], [NodeId], [Label], [Year], [TargetArea])
    VALUES (@ProgrammeId, @NodeId, @Label, @Year, @TargetArea);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- A programme's targets for one year: node rows by node id, then label rows in the order they were added.
CREATE OR ALTER PROCEDURE [dbo].[AreaTarget_ReadByProgrammeIdYear]
    @ProgrammeId BIGINT,
    @Year INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ProgrammeId],
        [NodeId],
        [Label],
        [Year],
        [TargetArea],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[AreaTarget]
    WHERE
        [ProgrammeId] = @ProgrammeId
        AND [Year] = @Year
    ORDER BY
        CASE WHEN [NodeId] IS NULL THEN 1 ELSE 0 END ASC,
        [NodeId] ASC,
        [Id] ASC;
END
GO

-- Changes a target's area if @Version is still current and returns the area it had; otherwise raises 50409 and
-- changes nothing.
CREATE OR ALTER PROCEDURE [dbo].[AreaTarget_Update]
    @Id BIGINT,
    @TargetArea DECIMAL (18, 2),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @Old TABLE ([TargetArea] DECIMAL (18, 2) NOT NULL);

    UPDATE
        [dbo].[AreaTarget]
    SET
        [TargetArea] = @TargetArea
    OUTPUT
        DELETED.[TargetArea] INTO @Old
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The area target was changed by someone else since it was read.', 1;
    END

    SELECT [TargetArea] FROM @Old;
END
GO

-- Adds a programme; returns its id.
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProgramme_Create]
    @NodeId BIGINT,
    @Name NVARCHAR (200),
    @FirstYear INT,
    @LastYear INT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[RetrofitProgramme] ([NodeId], [Name], [FirstYear], [LastYear])
    VALUES (@NodeId, @Name, @FirstYear, @LastYear);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- Every programme, oldest first.
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProgramme_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [NodeId],
        [Name],
        [FirstYear],
        [LastYear],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[RetrofitProgramme]
    ORDER BY
        [FirstYear] ASC,
        [Id] ASC;
END
GO

-- Adds a works project and its merged estates (@MergedEstateIds "12,15"); returns its id. The lead must be an estate,
-- and each merged one another estate of the lead's community (one management area), or 50400 and nothing is added.
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProject_Create]
    @EstateId BIGINT,
    @MergedEstateIds NVARCHAR (MAX),
    @Name NVARCHAR (100),
    @WorkItems INT,
    @Area DECIMAL (18, 2),
    @Status INT,
    @StartedDate DATE,
    @CompletedDate DATE,
    @AcceptedDate DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @CommunityId BIGINT = (SELECT [ParentId] FROM [dbo].[Node] WHERE [Id] = @EstateId AND [Level] = 5);

    IF @CommunityId IS NULL
    BEGIN
        THROW 50400, N'A works project is on an estate.', 1;
    END

    IF EXISTS (
        SELECT 1
        FROM STRING_SPLIT(@MergedEstateIds, N',') S
        LEFT JOIN [dbo].[Node] M ON M.[Id] = TRY_CONVERT(BIGINT, S.[value]) AND M.[Level] = 5 AND M.[ParentId] = @CommunityId
        WHERE LTRIM(RTRIM(S.[value])) <> N'' AND (M.[Id] IS NULL OR M.[Id] = @EstateId)
    )
    BEGIN
        THROW 50400, N'Merged estates are other estates of the lead estate''s community.', 1;
    END

    INSERT INTO [dbo].[RetrofitProject] ([EstateId], [Name], [WorkItems], [Area], [Status], [StartedDate], [CompletedDate], [AcceptedDate])
    VALUES (@EstateId, @Name, @WorkItems, @Area, @Status, @StartedDate, @CompletedDate, @AcceptedDate);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';

    SELECT @Id AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[RetrofitProject_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [EstateId],
        [Name],
        [WorkItems],
        [Area],
        [Status],
        [StartedDate],
        [CompletedDate],
        [AcceptedDate],
        [Version],
        [EstateName],
        [EstatePath],
        [CommunityId],
        [MergedIds]
    FROM
        [dbo].[RetrofitProjectView]
    WHERE
        [Id] = @Id;
END
GO

-- Projects whose lead estate lies under @ScopePath, by estate path then id. An empty scope matches nothing; the
-- path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProject_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [EstateId],
        [Name],
        [WorkItems],
        [Area],
        [Status],
        [StartedDate],
        [CompletedDate],
        [AcceptedDate],
        [Version],
        [EstateName],
        [EstatePath],
        [CommunityId],
        [MergedIds]
    FROM
        [dbo].[RetrofitProjectView]
    WHERE
        @ScopePath <> N''
        AND [EstatePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        [EstatePath] ASC,
        [Id] ASC;
END
GO

-- Saves every editable field and replaces the merged estates if @Version is still current (50409 otherwise); the
-- same estate rules as RetrofitProject_Create (50400). Nothing is changed when either is raised.
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProject_Update]
    @Id BIGINT,
    @EstateId BIGINT,
    @MergedEstateIds NVARCHAR (MAX),
    @Name NVARCHAR (100),
    @WorkItems INT,
    @Area DECIMAL (18, 2),
    @Status INT,
    @StartedDate DATE,
    @CompletedDate DATE,
    @AcceptedDate DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @CommunityId BIGINT = (SELECT [ParentId] FROM [dbo].[Node] WHERE [Id] = @EstateId AND [Level] = 5);

    IF @CommunityId IS NULL
    BEGIN
        THROW 50400, N'A works project is on an estate.', 1;
    END

    IF EXISTS (
        SELECT 1
        FROM STRING_SPLIT(@MergedEstateIds, N',') S
        LEFT JOIN [dbo].[Node] M ON M.[Id] = TRY_CONVERT(BIGINT, S.[value]) AND M.[Level] = 5 AND M.[ParentId] = @CommunityId
        WHERE LTRIM(RTRIM(S.[value])) <> N'' AND (M.[Id] IS NULL OR M.[Id] = @EstateId)
    )
    BEGIN
        THROW 50400, N'Merged estates are other estates of the lead estate''s community.', 1;
    END

    UPDATE
        [dbo].[RetrofitProject]
    SET
        [EstateId] = @EstateId,
        [Name] = @Name,
        [WorkItems] = @WorkItems,
        [Area] = @Area,
        [Status] = @Status,
        [StartedDate] = @StartedDate,
        [CompletedDate] = @CompletedDate,
        [AcceptedDate] = @AcceptedDate
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The works project was changed by someone else since it was read.', 1;
    END

    DELETE FROM [dbo].[RetrofitProjectEstate] WHERE [ProjectId] = @Id;

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';
END
GO

-- Adds a cost line; returns its id.
CREATE OR ALTER PROCEDURE [dbo].[CostItem_Create]
    @ProjectId BIGINT,
    @Year INT,
    @Category INT,
    @Amount DECIMAL (18, 2),
    @IsFinalAccount BIT,
    @Hardship INT,
    @HardshipDecidedDate DATE,
    @HardshipNote NVARCHAR (200),
    @Description NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[CostItem] ([ProjectId], [Year], [Category], [Amount], [IsFinalAccount], [Hardship], [HardshipDecidedDate], [HardshipNote], [Description])
    VALUES (@ProjectId, @Year, @Category, @Amount, @IsFinalAccount, @Hardship, @HardshipDecidedDate, @HardshipNote, @Description);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[CostItem_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[ProjectId],
        C.[Year],
        C.[Category],
        C.[Amount],
        C.[IsFinalAccount],
        C.[Hardship],
        C.[HardshipDecidedDate],
        C.[HardshipNote],
        C.[Description],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version]
    FROM
        [dbo].[CostItem] C
    WHERE
        C.[Id] = @Id;
END
GO

-- A project's cost lines, by year then id.
CREATE OR ALTER PROCEDURE [dbo].[CostItem_ReadByProjectId]
    @ProjectId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[ProjectId],
        C.[Year],
        C.[Category],
        C.[Amount],
        C.[IsFinalAccount],
        C.[Hardship],
        C.[HardshipDecidedDate],
        C.[HardshipNote],
        C.[Description],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version]
    FROM
        [dbo].[CostItem] C
    WHERE
        C.[ProjectId] = @ProjectId
    ORDER BY
        C.[Year] ASC,
        C.[Id] ASC;
END
GO

-- Cost lines of the year on projects whose lead estate lies under @ScopePath. An empty scope matches nothing; the
-- path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[CostItem_ReadByScopePathYear]
    @ScopePath NVARCHAR (200),
    @Year INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[ProjectId],
        C.[Year],
        C.[Category],
        C.[Amount],
        C.[IsFinalAccount],
        C.[Hardship],
        C.[HardshipDecidedDate],
        C.[HardshipNote],
        C.[Description],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version]
    FROM
        [dbo].[CostItem] C
        INNER JOIN [dbo].[RetrofitProject] P ON P.[Id] = C.[ProjectId]
        INNER JOIN [dbo].[Node] E ON E.[Id] = P.[EstateId]
    WHERE
        @ScopePath <> N''
        AND E.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND C.[Year] = @Year
    ORDER BY
        C.[ProjectId] ASC,
        C.[Id] ASC;
END
GO

-- Saves a cost line's amount, final-account flag, description and hardship application if @Version is still
-- current; otherwise raises 50409 and changes nothing.
CREATE OR ALTER PROCEDURE [dbo].[CostItem_Update]
    @Id BIGINT,
    @Amount DECIMAL (18, 2),
    @IsFinalAccount BIT,
    @Hardship INT,
    @HardshipDecidedDate DATE,
    @HardshipNote NVARCHAR (200),
    @Description NVARCHAR (200),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CostItem]
    SET
        [Amount] = @Amount,
        [IsFinalAccount] = @IsFinalAccount,
        [Hardship] = @Hardship,
        [HardshipDecidedDate] = @HardshipDecidedDate,
        [HardshipNote] = @HardshipNote,
        [Description] = @Description
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The cost line was changed by someone else since it was read.', 1;
    END
END
GO

-- Records a payment; returns its id.
CREATE OR ALTER PROCEDURE [dbo].[Payment_Create]
    @ProjectId BIGINT,
    @Payer INT,
    @Amount DECIMAL (18, 2),
    @PaidDate DATE,
    @Reference NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[Payment] ([ProjectId], [Payer], [Amount], [PaidDate], [Reference])
    VALUES (@ProjectId, @Payer, @Amount, @PaidDate, @Reference);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- A project's payments, by date then id.
CREATE OR ALTER PROCEDURE [dbo].[Payment_ReadByProjectId]
    @ProjectId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Y.[Id],
        Y.[ProjectId],
        Y.[Payer],
        Y.[Amount],
        Y.[PaidDate],
        Y.[Reference]
    FROM
        [dbo].[Payment] Y
    WHERE
        Y.[ProjectId] = @ProjectId
    ORDER BY
        Y.[PaidDate] ASC,
        Y.[Id] ASC;
END
GO

-- Payments made in the year on projects whose lead estate lies under @ScopePath. An empty scope matches nothing;
-- the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[Payment_ReadByScopePathYear]
    @ScopePath NVARCHAR (200),
    @Year INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Y.[Id],
        Y.[ProjectId],
        Y.[Payer],
        Y.[Amount],
        Y.[PaidDate],
        Y.[Reference]
    FROM
        [dbo].[Payment] Y
        INNER JOIN [dbo].[RetrofitProject] P ON P.[Id] = Y.[ProjectId]
        INNER JOIN [dbo].[Node] E ON E.[Id] = P.[EstateId]
    WHERE
        @ScopePath <> N''
        AND E.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND Y.[PaidDate] >= DATEFROMPARTS(@Year, 1, 1)
        AND Y.[PaidDate] < DATEFROMPARTS(@Year + 1, 1, 1)
    ORDER BY
        Y.[ProjectId] ASC,
        Y.[PaidDate] ASC,
        Y.[Id] ASC;
END
GO
