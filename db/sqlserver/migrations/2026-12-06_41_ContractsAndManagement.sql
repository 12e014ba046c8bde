-- 2026-12-06_41_ContractsAndManagement: the detail of the ways out (issue 20 items 1-3): property service contracts
-- (mode 1), managing bodies with a 物管会's members (mode 2) and community trusteeships (mode 3), and their procedures.
-- Re-runnable: tables and indexes only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[ServiceContract]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ServiceContract] (
        [Id]                BIGINT          IDENTITY (1, 1) NOT NULL,
        [EstateId]          BIGINT          NOT NULL,
        [EnterpriseId]      BIGINT          NOT NULL,
        [StartDate]         DATE            NOT NULL,
        [EndDate]           DATE            NOT NULL,
        [FeePerSquareMetre] DECIMAL (18, 2) NOT NULL,
        [Level]             INT             NOT NULL,
        [SignedOn]          DATE            NOT NULL,
        [EndedOn]           DATE            NULL,
        [CreatedUtc]        DATETIME2 (7)   NOT NULL,
        [CreatedByName]     NVARCHAR (100)  NOT NULL,
        [RowVersion]        ROWVERSION      NOT NULL,
        CONSTRAINT [PK_ServiceContract] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_ServiceContract_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [FK_ServiceContract_Enterprise_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [dbo].[Enterprise] ([Id]),
        CONSTRAINT [CK_ServiceContract_Level] CHECK ([Level] BETWEEN 1 AND 3),
        CONSTRAINT [CK_ServiceContract_FeePerSquareMetre] CHECK ([FeePerSquareMetre] > 0)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ServiceContract]'), N'IX_ServiceContract_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ServiceContract_EstateId]
        ON [dbo].[ServiceContract] ([EstateId] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[ServiceContract]'), N'IX_ServiceContract_EnterpriseId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_ServiceContract_EnterpriseId]
        ON [dbo].[ServiceContract] ([EnterpriseId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[ManagingBody]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ManagingBody] (
        [EstateId]       BIGINT         NOT NULL,
        [Kind]           INT            NOT NULL,
        [SinceDate]      DATE           NOT NULL,
        [RecordedUtc]    DATETIME2 (7)  NOT NULL,
        [RecordedByName] NVARCHAR (100) NOT NULL,
        [RowVersion]     ROWVERSION     NOT NULL,
        CONSTRAINT [PK_ManagingBody] PRIMARY KEY CLUSTERED ([EstateId] ASC),
        CONSTRAINT [FK_ManagingBody_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_ManagingBody_Kind] CHECK ([Kind] IN (1, 2))
    );
END
GO

IF OBJECT_ID(N'[dbo].[ManagingBodyMember]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ManagingBodyMember] (
        [EstateId] BIGINT        NOT NULL,
        [Position] INT           NOT NULL,
        [Name]     NVARCHAR (50) NOT NULL,
        [Role]     NVARCHAR (20) NOT NULL,
        CONSTRAINT [PK_ManagingBodyMember] PRIMARY KEY CLUSTERED ([EstateId] ASC, [Position] ASC),
        CONSTRAINT [FK_ManagingBodyMember_ManagingBody_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[ManagingBody] ([EstateId])
    );
END
GO

IF OBJECT_ID(N'[dbo].[Trusteeship]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Trusteeship] (
        [EstateId]       BIGINT         NOT NULL,
        [CommunityId]    BIGINT         NOT NULL,
        [Services]       INT            NOT NULL,
        [SinceDate]      DATE           NOT NULL,
        [Funding]        NVARCHAR (200) NULL,
        [RecordedUtc]    DATETIME2 (7)  NOT NULL,
        [RecordedByName] NVARCHAR (100) NOT NULL,
        [RowVersion]     ROWVERSION     NOT NULL,
        CONSTRAINT [PK_Trusteeship] PRIMARY KEY CLUSTERED ([EstateId] ASC),
        CONSTRAINT [FK_Trusteeship_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [FK_Trusteeship_Node_CommunityId] FOREIGN KEY ([CommunityId]) REFERENCES [dbo].[Node] ([Id])
    );
END
GO

-- Adds a contract (the overlap rule is ContractService's, Core); returns its id.
CREATE OR ALTER PROCEDURE [dbo].[ServiceContract_Create]
    @EstateId BIGINT,
    @EnterpriseId BIGINT,
    @StartDate DATE,
    @EndDate DATE,
    @FeePerSquareMetre DECIMAL (18, 2),
    @Level INT,
    @SignedOn DATE,
    @CreatedUtc DATETIME2 (7),
    @CreatedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ServiceContract] ([EstateId], [EnterpriseId], [StartDate], [EndDate], [FeePerSquareMetre], [Level], [SignedOn], [CreatedUtc], [CreatedByName])
    VALUES (@EstateId, @EnterpriseId, @StartDate, @EndDate, @FeePerSquareMetre, @Level, @SignedOn, @CreatedUtc, @CreatedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- One contract with its enterprise, estate and sub-district names and its version as a BIGINT [Version], or no row.
CREATE OR ALTER PROCEDURE [dbo].[ServiceContract_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[EstateId],
        C.[EnterpriseId],
        C.[StartDate],
        C.[EndDate],
        C.[FeePerSquareMetre],
        C.[Level],
        C.[SignedOn],
        C.[EndedOn],
        C.[CreatedUtc],
        C.[CreatedByName],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version],
        E.[Name] AS [EnterpriseName],
        E.[IsStateOwned],
        N.[Name] AS [EstateName],
        N.[Path] AS [EstatePath],
        ISNULL(S.[Id], 0) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        [dbo].[ServiceContract] C
        INNER JOIN [dbo].[Enterprise] E ON E.[Id] = C.[EnterpriseId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[EstateId]
        INNER JOIN [dbo].[Node] CM ON CM.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = CM.[ParentId]
    WHERE
        C.[Id] = @Id;
END
GO

-- An estate's contracts, newest start first.
CREATE OR ALTER PROCEDURE [dbo].[ServiceContract_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[EstateId],
        C.[EnterpriseId],
        C.[StartDate],
        C.[EndDate],
        C.[FeePerSquareMetre],
        C.[Level],
        C.[SignedOn],
        C.[EndedOn],
        C.[CreatedUtc],
        C.[CreatedByName],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version],
        E.[Name] AS [EnterpriseName],
        E.[IsStateOwned],
        N.[Name] AS [EstateName],
        N.[Path] AS [EstatePath],
        ISNULL(S.[Id], 0) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        [dbo].[ServiceContract] C
        INNER JOIN [dbo].[Enterprise] E ON E.[Id] = C.[EnterpriseId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[EstateId]
        INNER JOIN [dbo].[Node] CM ON CM.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = CM.[ParentId]
    WHERE
        C.[EstateId] = @EstateId
    ORDER BY
        C.[StartDate] DESC,
        C.[Id] DESC;
END
GO

-- An enterprise's contracts on estates under @ScopePath, newest start first. An empty scope matches nothing; the path is
-- never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[ServiceContract_ReadByEnterpriseId]
    @EnterpriseId BIGINT,
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[EstateId],
        C.[EnterpriseId],
        C.[StartDate],
        C.[EndDate],
        C.[FeePerSquareMetre],
        C.[Level],
        C.[SignedOn],
        C.[EndedOn],
        C.[CreatedUtc],
        C.[CreatedByName],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version],
        E.[Name] AS [EnterpriseName],
        E.[IsStateOwned],
        N.[Name] AS [EstateName],
        N.[Path] AS [EstatePath],
        ISNULL(S.[Id], 0) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        [dbo].[ServiceContract] C
        INNER JOIN [dbo].[Enterprise] E ON E.[Id] = C.[EnterpriseId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[EstateId]
        INNER JOIN [dbo].[Node] CM ON CM.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = CM.[ParentId]
    WHERE
        C.[EnterpriseId] = @EnterpriseId
        AND @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        C.[StartDate] DESC,
        C.[Id] DESC
    OPTION (RECOMPILE);
END
GO

-- Every contract on estates under @ScopePath, by estate path, newest start first. An empty scope matches nothing; the
-- path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[ServiceContract_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[EstateId],
        C.[EnterpriseId],
        C.[StartDate],
        C.[EndDate],
        C.[FeePerSquareMetre],
        C.[Level],
        C.[SignedOn],
        C.[EndedOn],
        C.[CreatedUtc],
        C.[CreatedByName],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version],
        E.[Name] AS [EnterpriseName],
        E.[IsStateOwned],
        N.[Name] AS [EstateName],
        N.[Path] AS [EstatePath],
        ISNULL(S.[Id], 0) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        [dbo].[ServiceContract] C
        INNER JOIN [dbo].[Enterprise] E ON E.[Id] = C.[EnterpriseId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[EstateId]
        INNER JOIN [dbo].[Node] CM ON CM.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = CM.[ParentId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        N.[Path] ASC,
        C.[StartDate] DESC,
        C.[Id] DESC
    OPTION (RECOMPILE);
END
GO

-- Records the day a contract ended early if @Version is still current; a stale version or no such row raises 50409 and
-- nothing is changed (which day may be chosen is ContractService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[ServiceContract_UpdateEnd]
    @Id BIGINT,
    @EndedOn DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[ServiceContract]
    SET
        [EndedOn] = @EndedOn
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The contract was changed by someone else since it was read.', 1;
    END
END
GO

-- The estate's managing body with its version as a BIGINT [Version], or no row.
CREATE OR ALTER PROCEDURE [dbo].[ManagingBody_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [Kind],
        [SinceDate],
        [RecordedUtc],
        [RecordedByName],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[ManagingBody]
    WHERE
        [EstateId] = @EstateId;
END
GO

-- Records an estate's first managing body; a second for the same estate is the primary key's to refuse (2627).
CREATE OR ALTER PROCEDURE [dbo].[ManagingBody_Create]
    @EstateId BIGINT,
    @Kind INT,
    @SinceDate DATE,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ManagingBody] ([EstateId], [Kind], [SinceDate], [RecordedUtc], [RecordedByName])
    VALUES (@EstateId, @Kind, @SinceDate, @RecordedUtc, @RecordedByName);
END
GO

-- Replaces an estate's managing body if @Version is still current and removes its members, which the caller writes again
-- in the same transaction (the body is saved as a whole); a stale version or no such row raises 50409 and nothing is changed.
CREATE OR ALTER PROCEDURE [dbo].[ManagingBody_Update]
    @EstateId BIGINT,
    @Kind INT,
    @SinceDate DATE,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[ManagingBody]
    SET
        [Kind] = @Kind,
        [SinceDate] = @SinceDate,
        [RecordedUtc] = @RecordedUtc,
        [RecordedByName] = @RecordedByName
    WHERE
        [EstateId] = @EstateId
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The managing body was changed by someone else since it was read.', 1;
    END

    DELETE FROM [dbo].[ManagingBodyMember]
    WHERE [EstateId] = @EstateId;
END
GO

-- A 物管会's members in filed order.
CREATE OR ALTER PROCEDURE [dbo].[ManagingBodyMember_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Position],
        [Name],
        [Role]
    FROM
        [dbo].[ManagingBodyMember]
    WHERE
        [EstateId] = @EstateId
    ORDER BY
        [Position] ASC;
END
GO

-- Adds one member of a 物管会 at its filed position.
CREATE OR ALTER PROCEDURE [dbo].[ManagingBodyMember_Create]
    @EstateId BIGINT,
    @Position INT,
    @Name NVARCHAR (50),
    @Role NVARCHAR (20)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ManagingBodyMember] ([EstateId], [Position], [Name], [Role])
    VALUES (@EstateId, @Position, @Name, @Role);
END
GO

-- The estate's trusteeship with its community's name and its version as a BIGINT [Version], or no row.
CREATE OR ALTER PROCEDURE [dbo].[Trusteeship_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        T.[EstateId],
        T.[CommunityId],
        C.[Name] AS [CommunityName],
        T.[Services],
        T.[SinceDate],
        T.[Funding],
        T.[RecordedUtc],
        T.[RecordedByName],
        CONVERT(BIGINT, T.[RowVersion]) AS [Version]
    FROM
        [dbo].[Trusteeship] T
        INNER JOIN [dbo].[Node] C ON C.[Id] = T.[CommunityId]
    WHERE
        T.[EstateId] = @EstateId;
END
GO

-- Records an estate's first trusteeship; a second for the same estate is the primary key's to refuse (2627).
CREATE OR ALTER PROCEDURE [dbo].[Trusteeship_Create]
    @EstateId BIGINT,
    @CommunityId BIGINT,
    @Services INT,
    @SinceDate DATE,
    @Funding NVARCHAR (200),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Trusteeship] ([EstateId], [CommunityId], [Services], [SinceDate], [Funding], [RecordedUtc], [RecordedByName])
    VALUES (@EstateId, @CommunityId, @Services, @SinceDate, @Funding, @RecordedUtc, @RecordedByName);
END
GO

-- Replaces an estate's trusteeship if @Version is still current; a stale version or no such row raises 50409 and nothing
-- is changed (who may be the trustee is ManagementService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[Trusteeship_Update]
    @EstateId BIGINT,
    @CommunityId BIGINT,
    @Services INT,
    @SinceDate DATE,
    @Funding NVARCHAR (200),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Trusteeship]
    SET
        [CommunityId] = @CommunityId,
        [Services] = @Services,
        [SinceDate] = @SinceDate,
        [Funding] = @Funding,
        [RecordedUtc] = @RecordedUtc,
        [RecordedByName] = @RecordedByName
    WHERE
        [EstateId] = @EstateId
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The trusteeship was changed by someone else since it was read.', 1;
    END
END
GO
