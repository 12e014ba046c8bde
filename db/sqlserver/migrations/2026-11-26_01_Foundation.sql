-- 2026-11-26_01_Foundation: the hierarchy, estates, users, the audit trail and data-protection keys.
-- Re-runnable: tables and indexes are created only when missing; views, functions and procedures are
-- CREATE OR ALTER. The object files under db/sqlserver are the source of truth: DistrictPortal.Db.Tests
-- checks that these migrations, applied in order, produce exactly those objects.

IF OBJECT_ID(N'[dbo].[Node]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Node] (
        [Id]         BIGINT         IDENTITY (1, 1) NOT NULL,
        [ParentId]   BIGINT         NULL,
        [Level]      INT            NOT NULL,
        [Name]       NVARCHAR (100) COLLATE Latin1_General_100_CI_AS NOT NULL,
        [Path]       NVARCHAR (200) NOT NULL,
        [IsRetired]  BIT            CONSTRAINT [DF_Node_IsRetired] DEFAULT (0) NOT NULL,
        [SortOrder]  INT            CONSTRAINT [DF_Node_SortOrder] DEFAULT (0) NOT NULL,
        [RowVersion] ROWVERSION     NOT NULL,
        CONSTRAINT [PK_Node] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Node_Node_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [dbo].[Node] ([Id]),
        -- Sibling names are unique; a NULL parent counts as one value, so there is one city of a name.
        CONSTRAINT [UQ_Node_ParentId_Name] UNIQUE NONCLUSTERED ([ParentId] ASC, [Name] ASC),
        CONSTRAINT [CK_Node_Level] CHECK ([Level] BETWEEN 1 AND 5),
        -- Only the city has no parent.
        CONSTRAINT [CK_Node_ParentId] CHECK (([ParentId] IS NULL AND [Level] = 1) OR ([ParentId] IS NOT NULL AND [Level] > 1))
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Node]'), N'IX_Node_Path', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Node_Path]
        ON [dbo].[Node] ([Path] ASC)
        INCLUDE ([Level], [IsRetired]);
END
GO

IF OBJECT_ID(N'[dbo].[Estate]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Estate] (
        [Id]                      BIGINT          NOT NULL,
        [Address]                 NVARCHAR (200)  COLLATE Latin1_General_100_CI_AS NULL,
        [YearBuilt]               INT             NULL,
        [IsCompleteSet]           BIT             NOT NULL,
        [Buildings]               INT             NOT NULL,
        [Households]              INT             NOT NULL,
        [FloorArea]               DECIMAL (18, 2) NOT NULL,
        [ManagementRoomArea]      DECIMAL (18, 2) NULL,
        [IsManagementRoomInterim] BIT             NOT NULL,
        [Class]                   INT             NOT NULL,
        [Status]                  INT             NOT NULL,
        [Mode]                    INT             NOT NULL,
        [IsPilot]                 BIT             NOT NULL,
        [IsBenchmark]             BIT             NOT NULL,
        [SixHaves]                INT             NOT NULL,
        [EightHaves]              INT             NOT NULL,
        [RowVersion]              ROWVERSION      NOT NULL,
        CONSTRAINT [PK_Estate] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Estate_Node_Id] FOREIGN KEY ([Id]) REFERENCES [dbo].[Node] ([Id]),
        -- Enum ranges are the validator's business (Core); these only refuse what no code path may ever write.
        CONSTRAINT [CK_Estate_Buildings] CHECK ([Buildings] >= 0),
        CONSTRAINT [CK_Estate_Households] CHECK ([Households] >= 0),
        CONSTRAINT [CK_Estate_SixHaves] CHECK ([SixHaves] BETWEEN 0 AND 63),
        CONSTRAINT [CK_Estate_EightHaves] CHECK ([EightHaves] BETWEEN 0 AND 255)
    );
END
GO

IF OBJECT_ID(N'[dbo].[User]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[User] (
        [Id]           BIGINT         IDENTITY (1, 1) NOT NULL,
        [UserName]     NVARCHAR (100) COLLATE Latin1_General_100_CI_AS NOT NULL,
        [DisplayName]  NVARCHAR (100) NOT NULL,
        [PasswordHash] NVARCHAR (400) NOT NULL,
        [Role]         INT            NOT NULL,
        [ScopeNodeId]  BIGINT         NOT NULL,
        [Email]        NVARCHAR (256) NULL,
        [IsDisabled]   BIT            CONSTRAINT [DF_User_IsDisabled] DEFAULT (0) NOT NULL,
        [RowVersion]   ROWVERSION     NOT NULL,
        CONSTRAINT [PK_User] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_User_Node_ScopeNodeId] FOREIGN KEY ([ScopeNodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [UQ_User_UserName] UNIQUE NONCLUSTERED ([UserName] ASC)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[User]'), N'IX_User_ScopeNodeId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_User_ScopeNodeId]
        ON [dbo].[User] ([ScopeNodeId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[UserSignIn]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[UserSignIn] (
        [UserId]        BIGINT        NOT NULL,
        [FailedSignIns] INT           CONSTRAINT [DF_UserSignIn_FailedSignIns] DEFAULT (0) NOT NULL,
        [LockoutEndUtc] DATETIME2 (7) NULL,
        CONSTRAINT [PK_UserSignIn] PRIMARY KEY CLUSTERED ([UserId] ASC),
        CONSTRAINT [FK_UserSignIn_User_UserId] FOREIGN KEY ([UserId]) REFERENCES [dbo].[User] ([Id]),
        CONSTRAINT [CK_UserSignIn_FailedSignIns] CHECK ([FailedSignIns] >= 0)
    );
END
GO

IF OBJECT_ID(N'[dbo].[AuditEntry]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[AuditEntry] (
        [Id]         BIGINT         IDENTITY (1, 1) NOT NULL,
        [AtUtc]      DATETIME2 (7)  NOT NULL,
        [UserId]     BIGINT         NOT NULL,
        [UserName]   NVARCHAR (100) NOT NULL,
        [EntityType] NVARCHAR (50)  NOT NULL,
        [EntityId]   BIGINT         NOT NULL,
        [Action]     NVARCHAR (50)  NOT NULL,
        [Field]      NVARCHAR (100) NULL,
        [OldValue]   NVARCHAR (MAX) NULL,
        [NewValue]   NVARCHAR (MAX) NULL,
        CONSTRAINT [PK_AuditEntry] PRIMARY KEY CLUSTERED ([Id] ASC)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[AuditEntry]'), N'IX_AuditEntry_EntityType_EntityId_AtUtc', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_AuditEntry_EntityType_EntityId_AtUtc]
        ON [dbo].[AuditEntry] ([EntityType] ASC, [EntityId] ASC, [AtUtc] DESC, [Id] DESC);
END
GO

IF OBJECT_ID(N'[dbo].[DataProtectionKey]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[DataProtectionKey] (
        [Id]           INT            IDENTITY (1, 1) NOT NULL,
        [FriendlyName] NVARCHAR (MAX) NULL,
        [Xml]          NVARCHAR (MAX) NULL,
        CONSTRAINT [PK_DataProtectionKey] PRIMARY KEY CLUSTERED ([Id] ASC)
    );
END
GO

-- An estate with its node (name, community, path, retired flag) and its community and sub-district.
-- [Version] is the estate row's version: the registry form edits that row.
CREATE OR ALTER VIEW [dbo].[EstateView]
AS
SELECT
    E.[Id],
    EstateNode.[ParentId] AS [CommunityId],
    EstateNode.[Name],
    E.[Address],
    E.[YearBuilt],
    E.[IsCompleteSet],
    E.[Buildings],
    E.[Households],
    E.[FloorArea],
    E.[ManagementRoomArea],
    E.[IsManagementRoomInterim],
    E.[Class],
    E.[Status],
    E.[Mode],
    E.[IsPilot],
    E.[IsBenchmark],
    E.[SixHaves],
    E.[EightHaves],
    EstateNode.[IsRetired],
    CONVERT(BIGINT, E.[RowVersion]) AS [Version],
    Community.[Name] AS [CommunityName],
    Community.[SortOrder] AS [CommunitySortOrder],
    Community.[ParentId] AS [SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    EstateNode.[Path]
FROM
    [dbo].[Estate] E
    INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[Id] = E.[Id]
    INNER JOIN [dbo].[Node] Community ON Community.[Id] = EstateNode.[ParentId]
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = Community.[ParentId];
GO

-- A node as Core's Node sees it: the row version exposed as a BIGINT [Version].
CREATE OR ALTER VIEW [dbo].[NodeView]
AS
SELECT
    [Id],
    [ParentId],
    [Level],
    [Name],
    [Path],
    [IsRetired],
    [SortOrder],
    CONVERT(BIGINT, [RowVersion]) AS [Version]
FROM
    [dbo].[Node];
GO

-- A user with their sign-in bookkeeping, the path and name of their scope node, and the row version of the
-- user row (not of the bookkeeping) as a BIGINT [Version].
CREATE OR ALTER VIEW [dbo].[UserView]
AS
SELECT
    U.[Id],
    U.[UserName],
    U.[DisplayName],
    U.[PasswordHash],
    U.[Role],
    U.[ScopeNodeId],
    U.[Email],
    U.[IsDisabled],
    COALESCE(SignIn.[FailedSignIns], 0) AS [FailedSignIns],
    SignIn.[LockoutEndUtc],
    CONVERT(BIGINT, U.[RowVersion]) AS [Version],
    Scope.[Path] AS [ScopePath],
    Scope.[Name] AS [ScopeName]
FROM
    [dbo].[User] U
    INNER JOIN [dbo].[Node] Scope ON Scope.[Id] = U.[ScopeNodeId]
    LEFT JOIN [dbo].[UserSignIn] SignIn ON SignIn.[UserId] = U.[Id];
GO

-- The estates matching a registry search (Core's EstateQuery without sort and paging). Both the page
-- ([dbo].[Estate_ReadByQuery]) and the subtotals ([dbo].[Estate_ReadSubtotalsByQuery]) read from here, so the
-- two can never disagree about which estates a filter matches.
CREATE OR ALTER FUNCTION [dbo].[EstateSearch]
(
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT
)
RETURNS TABLE
AS
RETURN
SELECT
    V.[Id],
    V.[CommunityId],
    V.[Name],
    V.[Address],
    V.[YearBuilt],
    V.[IsCompleteSet],
    V.[Buildings],
    V.[Households],
    V.[FloorArea],
    V.[ManagementRoomArea],
    V.[IsManagementRoomInterim],
    V.[Class],
    V.[Status],
    V.[Mode],
    V.[IsPilot],
    V.[IsBenchmark],
    V.[SixHaves],
    V.[EightHaves],
    V.[IsRetired],
    V.[Version],
    V.[CommunityName],
    V.[CommunitySortOrder],
    V.[SubDistrictId],
    V.[SubDistrictName],
    V.[Path]
FROM
    [dbo].[EstateView] V
WHERE
    -- An empty scope names no node and matches nothing; the path's characters are never wildcards.
    @ScopePath <> N''
    AND V.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    -- CHARINDEX, not LIKE: a search text containing % or _ matches literally.
    AND (@Text IS NULL OR CHARINDEX(@Text, V.[Name]) > 0 OR CHARINDEX(@Text, V.[Address]) > 0)
    AND (@CommunityId IS NULL OR V.[CommunityId] = @CommunityId)
    AND (@Class IS NULL OR V.[Class] = @Class)
    AND (@Status IS NULL OR V.[Status] = @Status)
    -- 63 is SixHaves.All: all six bits set.
    AND (@SixHavesComplete IS NULL OR @SixHavesComplete = CASE WHEN V.[SixHaves] & 63 = 63 THEN 1 ELSE 0 END)
    AND (@IncludeRetired = 1 OR V.[IsRetired] = 0);
GO

-- Whether anything refers to a node: children (retired ones too), an estate record, users scoped to it, or
-- audit entries of the node or its estate beyond their creation (so a node created by mistake can still go).
-- One definition for [dbo].[Node_ReadHasHistory] and the guard of [dbo].[Node_DeleteById].
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
        WHEN EXISTS (
            SELECT 1
            FROM [dbo].[AuditEntry]
            WHERE [EntityType] IN (N'Node', N'Estate') AND [EntityId] = @Id AND [Action] <> N'create'
        ) THEN 1
        ELSE 0
    END) AS [HasHistory];
GO

-- One audit entry; called once per entry inside the transaction of the change it describes.
CREATE OR ALTER PROCEDURE [dbo].[AuditEntry_Create]
    @AtUtc DATETIME2 (7),
    @UserId BIGINT,
    @UserName NVARCHAR (100),
    @EntityType NVARCHAR (50),
    @EntityId BIGINT,
    @Action NVARCHAR (50),
    @Field NVARCHAR (100),
    @OldValue NVARCHAR (MAX),
    @NewValue NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[AuditEntry] ([AtUtc], [UserId], [UserName], [EntityType], [EntityId], [Action], [Field], [OldValue], [NewValue])
    VALUES (@AtUtc, @UserId, @UserName, @EntityType, @EntityId, @Action, @Field, @OldValue, @NewValue);
END
GO

-- The trail of one entity, newest first (Id breaks ties between entries of the same instant).
CREATE OR ALTER PROCEDURE [dbo].[AuditEntry_ReadByEntity]
    @EntityType NVARCHAR (50),
    @EntityId BIGINT,
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
        [Id],
        [AtUtc],
        [UserId],
        [UserName],
        [EntityType],
        [EntityId],
        [Action],
        [Field],
        [OldValue],
        [NewValue]
    FROM
        [dbo].[AuditEntry]
    WHERE
        [EntityType] = @EntityType
        AND [EntityId] = @EntityId
    ORDER BY
        [AtUtc] DESC,
        [Id] DESC;
END
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
        (VALUES (N'Node'), (N'Estate'), (N'User'), (N'UserSignIn'), (N'AuditEntry'), (N'DataProtectionKey')) AS Expected ([Name])
    WHERE
        OBJECT_ID(N'[dbo].' + QUOTENAME(Expected.[Name]), N'U') IS NULL;
END
GO

-- The registry row of an estate whose node ([dbo].[Node_Create], level 5) was created in the same transaction.
CREATE OR ALTER PROCEDURE [dbo].[Estate_Create]
    @Id BIGINT,
    @Address NVARCHAR (200),
    @YearBuilt INT,
    @IsCompleteSet BIT,
    @Buildings INT,
    @Households INT,
    @FloorArea DECIMAL (18, 2),
    @ManagementRoomArea DECIMAL (18, 2),
    @IsManagementRoomInterim BIT,
    @Class INT,
    @Status INT,
    @Mode INT,
    @IsPilot BIT,
    @IsBenchmark BIT,
    @SixHaves INT,
    @EightHaves INT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[Estate]
    (
        [Id],
        [Address],
        [YearBuilt],
        [IsCompleteSet],
        [Buildings],
        [Households],
        [FloorArea],
        [ManagementRoomArea],
        [IsManagementRoomInterim],
        [Class],
        [Status],
        [Mode],
        [IsPilot],
        [IsBenchmark],
        [SixHaves],
        [EightHaves]
    )
    VALUES
    (
        @Id,
        @Address,
        @YearBuilt,
        @IsCompleteSet,
        @Buildings,
        @Households,
        @FloorArea,
        @ManagementRoomArea,
        @IsManagementRoomInterim,
        @Class,
        @Status,
        @Mode,
        @IsPilot,
        @IsBenchmark,
        @SixHaves,
        @EightHaves
    );
END
GO

CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [CommunityId],
        [Name],
        [Address],
        [YearBuilt],
        [IsCompleteSet],
        [Buildings],
        [Households],
        [FloorArea],
        [ManagementRoomArea],
        [IsManagementRoomInterim],
        [Class],
        [Status],
        [Mode],
        [IsPilot],
        [IsBenchmark],
        [SixHaves],
        [EightHaves],
        [IsRetired],
        [Version],
        [CommunityName],
        [SubDistrictId],
        [SubDistrictName],
        [Path]
    FROM
        [dbo].[EstateView]
    WHERE
        [Id] = @Id;
END
GO

-- One page of a registry search and, in @TotalCount, how many estates match in all.
-- @Sort is Core's EstateSort, whitelisted here: 0 Name, 1 Community, 2 Class, 3 Status, 4 YearBuilt,
-- 5 Households, 6 FloorArea. Ties are broken by [Id] in the same direction.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT,
    @Sort INT,
    @Descending BIT,
    @Page INT,
    @PageSize INT,
    @TotalCount INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    IF @Sort IS NULL OR @Sort NOT BETWEEN 0 AND 6
    BEGIN
        THROW 50400, N'Unknown estate sort.', 1;
    END

    IF @Page < 1 OR @PageSize < 1
    BEGIN
        THROW 50400, N'Page and page size start at 1.', 1;
    END

    SELECT
        @TotalCount = COUNT(*)
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired);

    SELECT
        S.[Id],
        S.[CommunityId],
        S.[Name],
        S.[Address],
        S.[YearBuilt],
        S.[IsCompleteSet],
        S.[Buildings],
        S.[Households],
        S.[FloorArea],
        S.[ManagementRoomArea],
        S.[IsManagementRoomInterim],
        S.[Class],
        S.[Status],
        S.[Mode],
        S.[IsPilot],
        S.[IsBenchmark],
        S.[SixHaves],
        S.[EightHaves],
        S.[IsRetired],
        S.[Version],
        S.[CommunityName],
        S.[SubDistrictId],
        S.[SubDistrictName],
        S.[Path]
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired) S
    ORDER BY
        -- No dynamic SQL: one CASE per key type and direction; the CASEs that do not apply are NULL for every row.
        CASE WHEN @Descending = 0 THEN CASE @Sort WHEN 0 THEN S.[Name] WHEN 1 THEN S.[CommunityName] END END ASC,
        CASE WHEN @Descending = 1 THEN CASE @Sort WHEN 0 THEN S.[Name] WHEN 1 THEN S.[CommunityName] END END DESC,
        CASE WHEN @Descending = 0 THEN CASE @Sort
            WHEN 2 THEN S.[Class]
            WHEN 3 THEN S.[Status]
            WHEN 4 THEN S.[YearBuilt]
            WHEN 5 THEN S.[Households]
            WHEN 6 THEN S.[FloorArea]
        END END ASC,
        CASE WHEN @Descending = 1 THEN CASE @Sort
            WHEN 2 THEN S.[Class]
            WHEN 3 THEN S.[Status]
            WHEN 4 THEN S.[YearBuilt]
            WHEN 5 THEN S.[Households]
            WHEN 6 THEN S.[FloorArea]
        END END DESC,
        CASE WHEN @Descending = 0 THEN S.[Id] END ASC,
        S.[Id] DESC
    OFFSET (@Page - 1) * @PageSize ROWS
    FETCH NEXT @PageSize ROWS ONLY
    OPTION (RECOMPILE);
END
GO

-- Counts by community and class for the same filters as [dbo].[Estate_ReadByQuery] (no paging): the P5 table.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadSubtotalsByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        S.[CommunityId],
        S.[CommunityName],
        COUNT(*) AS [Total],
        SUM(CASE WHEN S.[Class] = 1 THEN 1 ELSE 0 END) AS [ClassOne],
        SUM(CASE WHEN S.[Class] = 2 THEN 1 ELSE 0 END) AS [ClassTwo],
        SUM(CASE WHEN S.[Class] = 3 THEN 1 ELSE 0 END) AS [ClassThree],
        SUM(CASE WHEN S.[Class] IN (1, 2, 3) THEN 0 ELSE 1 END) AS [Unclassified]
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired) S
    GROUP BY
        S.[CommunityId],
        S.[CommunityName],
        S.[CommunitySortOrder]
    ORDER BY
        S.[CommunitySortOrder] ASC,
        S.[CommunityName] ASC,
        S.[CommunityId] ASC
    OPTION (RECOMPILE);
END
GO

-- Updates the registry facts and the node's name if @Version (the estate row's) is still current; otherwise
-- raises 50409 and changes nothing. A sibling estate of the same name raises 2627 ([UQ_Node_ParentId_Name]).
CREATE OR ALTER PROCEDURE [dbo].[Estate_Update]
    @Id BIGINT,
    @Name NVARCHAR (100),
    @Address NVARCHAR (200),
    @YearBuilt INT,
    @IsCompleteSet BIT,
    @Buildings INT,
    @Households INT,
    @FloorArea DECIMAL (18, 2),
    @ManagementRoomArea DECIMAL (18, 2),
    @IsManagementRoomInterim BIT,
    @Class INT,
    @Status INT,
    @Mode INT,
    @IsPilot BIT,
    @IsBenchmark BIT,
    @SixHaves INT,
    @EightHaves INT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Estate]
    SET
        [Address] = @Address,
        [YearBuilt] = @YearBuilt,
        [IsCompleteSet] = @IsCompleteSet,
        [Buildings] = @Buildings,
        [Households] = @Households,
        [FloorArea] = @FloorArea,
        [ManagementRoomArea] = @ManagementRoomArea,
        [IsManagementRoomInterim] = @IsManagementRoomInterim,
        [Class] = @Class,
        [Status] = @Status,
        [Mode] = @Mode,
        [IsPilot] = @IsPilot,
        [IsBenchmark] = @IsBenchmark,
        [SixHaves] = @SixHaves,
        [EightHaves] = @EightHaves
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The estate was changed by someone else since it was read.', 1;
    END

    -- Touch the node only when the name really changed (binary compare, so a change of case counts),
    -- so that editing an estate's facts does not make the hierarchy page's copy of the node stale.
    UPDATE
        [dbo].[Node]
    SET
        [Name] = @Name
    WHERE
        [Id] = @Id
        AND [Name] <> @Name COLLATE Latin1_General_100_BIN2;
END
GO

-- Creates a node under @ParentId (NULL only for the city) and returns it with its id and path.
-- A missing or retired parent, or one of the wrong level, raises 50400; a sibling of the same name raises 2627
-- ([UQ_Node_ParentId_Name]).
CREATE OR ALTER PROCEDURE [dbo].[Node_Create]
    @ParentId BIGINT,
    @Level INT,
    @Name NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @ParentPath NVARCHAR (200) = N'/';
    DECLARE @ParentLevel INT = 0;
    DECLARE @ParentIsRetired BIT = 0;

    IF @ParentId IS NOT NULL
    BEGIN
        SELECT
            @ParentPath = [Path],
            @ParentLevel = [Level],
            @ParentIsRetired = [IsRetired]
        FROM
            [dbo].[Node]
        WHERE
            [Id] = @ParentId;

        IF @@ROWCOUNT = 0
        BEGIN
            THROW 50400, N'The parent node does not exist.', 1;
        END
    END

    IF @ParentIsRetired = 1
    BEGIN
        THROW 50400, N'A retired node takes no new children.', 1;
    END

    IF @Level <> @ParentLevel + 1
    BEGIN
        THROW 50400, N'A node must sit exactly one level below its parent (the city has no parent).', 1;
    END

    -- The path needs the new id, so the row goes in with its parent's path and is completed at once.
    INSERT INTO [dbo].[Node] ([ParentId], [Level], [Name], [Path])
    VALUES (@ParentId, @Level, @Name, @ParentPath);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    UPDATE
        [dbo].[Node]
    SET
        [Path] = @ParentPath + CONVERT(NVARCHAR (20), @Id) + N'/'
    WHERE
        [Id] = @Id;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        [Id] = @Id;
END
GO

-- Deletes a node only when nothing refers to it ([dbo].[NodeHistory]), in one statement, and returns how many
-- rows went (0 or 1). Someone adding a child at the same moment waits on the row lock, then fails its
-- foreign key: the check and the delete cannot be split.
CREATE OR ALTER PROCEDURE [dbo].[Node_DeleteById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[Node]
    WHERE
        [Id] = @Id
        AND NOT EXISTS (SELECT 1 FROM [dbo].[NodeHistory](@Id) H WHERE H.[HasHistory] = 1);

    SELECT @@ROWCOUNT AS [Deleted];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[Node_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        [Id] = @Id;
END
GO

-- Nodes of one level under a scope path (the scope node itself included when it has that level). An empty
-- scope names no node and matches nothing; the path's characters are taken literally, never as wildcards.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadByLevel]
    @ScopePath NVARCHAR (200),
    @Level INT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        @ScopePath <> N''
        AND [Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [Level] = @Level
        AND (@IncludeRetired = 1 OR [IsRetired] = 0)
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC;
END
GO

-- Direct children, ordered by SortOrder then Name (Id breaks ties so paging and tests are deterministic).
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadChildrenByParentId]
    @ParentId BIGINT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        [ParentId] = @ParentId
        AND (@IncludeRetired = 1 OR [IsRetired] = 0)
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC;
END
GO

-- True when anything refers to the node ([dbo].[NodeHistory]): such nodes are retired, never deleted.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadHasHistory]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        H.[HasHistory]
    FROM
        [dbo].[NodeHistory](@Id) H;
END
GO

-- The node and its ancestors, root first: every node whose path is a prefix of this node's path.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadLineageById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Ancestor.[Id],
        Ancestor.[ParentId],
        Ancestor.[Level],
        Ancestor.[Name],
        Ancestor.[Path],
        Ancestor.[IsRetired],
        Ancestor.[SortOrder],
        Ancestor.[Version]
    FROM
        [dbo].[Node] Target
        INNER JOIN [dbo].[NodeView] Ancestor ON Target.[Path] LIKE Ancestor.[Path] + N'%'
    WHERE
        Target.[Id] = @Id
    ORDER BY
        Ancestor.[Level] ASC;
END
GO

-- Nodes without a parent (the city). Empty on a fresh database, which is how demo seeding knows to run.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadRoots]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        [ParentId] IS NULL
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC;
END
GO

-- Renames a node if @Version is still current; otherwise raises 50409 and changes nothing.
-- A sibling of the same name raises 2627 ([UQ_Node_ParentId_Name]).
CREATE OR ALTER PROCEDURE [dbo].[Node_UpdateName]
    @Id BIGINT,
    @Name NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Node]
    SET
        [Name] = @Name
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END
END
GO

-- Moves a node and its whole subtree under @ParentId and rewrites every path below it.
-- Stale @Version (or no such node) raises 50409; a missing or retired parent, a parent of the wrong level or a
-- parent inside the node's own subtree raises 50400; a sibling of the same name raises 2627. Nothing is changed
-- then, nor when the node already sits under @ParentId.
CREATE OR ALTER PROCEDURE [dbo].[Node_UpdateParent]
    @Id BIGINT,
    @ParentId BIGINT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @OldPath NVARCHAR (200);
    DECLARE @Level INT;
    DECLARE @OldParentId BIGINT;

    SELECT
        @OldPath = [Path],
        @Level = [Level],
        @OldParentId = [ParentId]
    FROM
        [dbo].[Node] WITH (UPDLOCK)
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @OldPath IS NULL
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END

    DECLARE @ParentPath NVARCHAR (200);
    DECLARE @ParentLevel INT;
    DECLARE @ParentIsRetired BIT;

    SELECT
        @ParentPath = [Path],
        @ParentLevel = [Level],
        @ParentIsRetired = [IsRetired]
    FROM
        [dbo].[Node]
    WHERE
        [Id] = @ParentId;

    IF @ParentPath IS NULL
    BEGIN
        THROW 50400, N'The new parent node does not exist.', 1;
    END

    IF @ParentPath LIKE @OldPath + N'%'
    BEGIN
        THROW 50400, N'A node cannot be moved under itself or its own descendants.', 1;
    END

    IF @ParentLevel <> @Level - 1
    BEGIN
        THROW 50400, N'The new parent must be exactly one level above the node.', 1;
    END

    IF @ParentIsRetired = 1
    BEGIN
        THROW 50400, N'A retired node takes no new children.', 1;
    END

    IF @OldParentId = @ParentId
    BEGIN
        RETURN;
    END

    DECLARE @NewPath NVARCHAR (200) = @ParentPath + CONVERT(NVARCHAR (20), @Id) + N'/';

    UPDATE
        [dbo].[Node]
    SET
        [ParentId] = @ParentId
    WHERE
        [Id] = @Id;

    -- The node and every descendant: swap the old path prefix for the new one.
    UPDATE
        [dbo].[Node]
    SET
        [Path] = @NewPath + SUBSTRING([Path], LEN(@OldPath) + 1, 200)
    WHERE
        [Path] LIKE @OldPath + N'%';
END
GO

-- Retires or reinstates a node if @Version is still current; otherwise raises 50409 and changes nothing.
CREATE OR ALTER PROCEDURE [dbo].[Node_UpdateRetired]
    @Id BIGINT,
    @IsRetired BIT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Node]
    SET
        [IsRetired] = @IsRetired
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END
END
GO

-- Creates an account with its sign-in bookkeeping (no failures, no lock-out) and returns its id. A taken user
-- name, whatever its case, raises 2627 ([UQ_User_UserName]); an unknown scope node raises 547.
CREATE OR ALTER PROCEDURE [dbo].[User_Create]
    @UserName NVARCHAR (100),
    @DisplayName NVARCHAR (100),
    @PasswordHash NVARCHAR (400),
    @Role INT,
    @ScopeNodeId BIGINT,
    @Email NVARCHAR (256),
    @IsDisabled BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[User] ([UserName], [DisplayName], [PasswordHash], [Role], [ScopeNodeId], [Email], [IsDisabled])
    VALUES (@UserName, @DisplayName, @PasswordHash, @Role, @ScopeNodeId, @Email, @IsDisabled);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[UserSignIn] ([UserId])
    VALUES (@Id);

    SELECT @Id AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[User_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [UserName],
        [DisplayName],
        [PasswordHash],
        [Role],
        [ScopeNodeId],
        [Email],
        [IsDisabled],
        [FailedSignIns],
        [LockoutEndUtc],
        [Version],
        [ScopePath],
        [ScopeName]
    FROM
        [dbo].[UserView]
    WHERE
        [Id] = @Id;
END
GO

-- Users whose scope lies under @ScopePath, ordered by user name (Id breaks ties). An empty scope matches nothing.
CREATE OR ALTER PROCEDURE [dbo].[User_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [UserName],
        [DisplayName],
        [PasswordHash],
        [Role],
        [ScopeNodeId],
        [Email],
        [IsDisabled],
        [FailedSignIns],
        [LockoutEndUtc],
        [Version],
        [ScopePath],
        [ScopeName]
    FROM
        [dbo].[UserView]
    WHERE
        @ScopePath <> N''
        AND [ScopePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        [UserName] ASC,
        [Id] ASC;
END
GO

-- Case-insensitive: [UserName] has a case-insensitive collation of its own.
CREATE OR ALTER PROCEDURE [dbo].[User_ReadByUserName]
    @UserName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [UserName],
        [DisplayName],
        [PasswordHash],
        [Role],
        [ScopeNodeId],
        [Email],
        [IsDisabled],
        [FailedSignIns],
        [LockoutEndUtc],
        [Version],
        [ScopePath],
        [ScopeName]
    FROM
        [dbo].[UserView]
    WHERE
        [UserName] = @UserName;
END
GO

-- Updates name, role, scope, e-mail and disabled flag, and the password hash unless @PasswordHash is empty,
-- if @Version is still current; otherwise raises 50409 and changes nothing. A taken user name raises 2627, an
-- unknown scope node 547.
CREATE OR ALTER PROCEDURE [dbo].[User_Update]
    @Id BIGINT,
    @UserName NVARCHAR (100),
    @DisplayName NVARCHAR (100),
    @PasswordHash NVARCHAR (400),
    @Role INT,
    @ScopeNodeId BIGINT,
    @Email NVARCHAR (256),
    @IsDisabled BIT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    -- The version first: a stale form is a conflict even when its user name would also clash.
    IF NOT EXISTS (SELECT 1 FROM [dbo].[User] WITH (UPDLOCK) WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
    BEGIN
        THROW 50409, N'The user was changed by someone else since it was read.', 1;
    END

    UPDATE
        [dbo].[User]
    SET
        [UserName] = @UserName,
        [DisplayName] = @DisplayName,
        [PasswordHash] = COALESCE(NULLIF(@PasswordHash, N''), [PasswordHash]),
        [Role] = @Role,
        [ScopeNodeId] = @ScopeNodeId,
        [Email] = @Email,
        [IsDisabled] = @IsDisabled
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The user was changed by someone else since it was read.', 1;
    END
END
GO

-- Counts one more failed sign-in in a single statement (two concurrent failures both count) and sets the
-- lock-out end when one is given. Returns the new count, NULL when the user does not exist. Touches only
-- [dbo].[UserSignIn], so the user's version stays as it was.
CREATE OR ALTER PROCEDURE [dbo].[User_UpdateFailedSignIn]
    @Id BIGINT,
    @LockoutEndUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @FailedSignIns INT;

    UPDATE
        [dbo].[UserSignIn]
    SET
        @FailedSignIns = [FailedSignIns] = [FailedSignIns] + 1,
        [LockoutEndUtc] = COALESCE(@LockoutEndUtc, [LockoutEndUtc])
    WHERE
        [UserId] = @Id;

    SELECT @FailedSignIns AS [FailedSignIns];
END
GO

-- A successful sign-in: clears the failure count and any lock-out, and stores the re-hashed password when the
-- hasher asked for one (@PasswordHash NULL or empty keeps the stored hash; only then does the user's version
-- move). Returns 1, or 0 when the user does not exist.
CREATE OR ALTER PROCEDURE [dbo].[User_UpdateSignIn]
    @Id BIGINT,
    @PasswordHash NVARCHAR (400)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[UserSignIn]
    SET
        [FailedSignIns] = 0,
        [LockoutEndUtc] = NULL
    WHERE
        [UserId] = @Id;

    DECLARE @Updated INT = @@ROWCOUNT;

    IF @Updated = 1 AND NULLIF(@PasswordHash, N'') IS NOT NULL
    BEGIN
        UPDATE
            [dbo].[User]
        SET
            [PasswordHash] = @PasswordHash
        WHERE
            [Id] = @Id;
    END

    SELECT @Updated AS [Updated];
END
GO
