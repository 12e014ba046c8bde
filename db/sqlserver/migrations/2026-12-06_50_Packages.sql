-- 2026-12-06_50_Packages: mode 4 of P11 (街道集中管理, issue 20 item 4): packages (打包) of a sub-district's estates,
-- their tenders, the community's daily supervision and quarterly reviews, the owners' renewal votes. Six tables and
-- their procedures. Re-runnable: tables and indexes only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[Package]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Package] (
        [Id]            BIGINT        IDENTITY (1, 1) NOT NULL,
        [SubDistrictId] BIGINT        NOT NULL,
        [Name]          NVARCHAR (50) NOT NULL,
        [CreatedOn]     DATE          NOT NULL,
        [DissolvedOn]   DATE          NULL,
        [Version]       BIGINT        CONSTRAINT [DF_Package_Version] DEFAULT (1) NOT NULL,
        CONSTRAINT [PK_Package] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Package_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Package]'), N'IX_Package_SubDistrictId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Package_SubDistrictId]
        ON [dbo].[Package] ([SubDistrictId] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[PackageEstate]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[PackageEstate] (
        [PackageId] BIGINT NOT NULL,
        [EstateId]  BIGINT NOT NULL,
        [Live]      BIT    NOT NULL,
        CONSTRAINT [PK_PackageEstate] PRIMARY KEY CLUSTERED ([PackageId] ASC, [EstateId] ASC),
        CONSTRAINT [FK_PackageEstate_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
        CONSTRAINT [FK_PackageEstate_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[PackageEstate]'), N'IX_PackageEstate_EstateId_Live', N'IndexID') IS NULL
BEGIN
    CREATE UNIQUE NONCLUSTERED INDEX [IX_PackageEstate_EstateId_Live]
        ON [dbo].[PackageEstate] ([EstateId] ASC)
        WHERE [Live] = 1;
END
GO

IF OBJECT_ID(N'[dbo].[PackageTender]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[PackageTender] (
        [Id]                 BIGINT          IDENTITY (1, 1) NOT NULL,
        [PackageId]          BIGINT          NOT NULL,
        [Date]               DATE            NOT NULL,
        [Bidders]            NVARCHAR (2100) NOT NULL,
        [WinnerName]         NVARCHAR (100)  NOT NULL,
        [WinnerEnterpriseId] BIGINT          NULL,
        [Price]              DECIMAL (18, 2) NOT NULL,
        [TermStart]          DATE            NOT NULL,
        [TermEnd]            DATE            NOT NULL,
        [RecordedUtc]        DATETIME2 (7)   NOT NULL,
        [RecordedByName]     NVARCHAR (100)  NOT NULL,
        CONSTRAINT [PK_PackageTender] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_PackageTender_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
        CONSTRAINT [FK_PackageTender_Enterprise_WinnerEnterpriseId] FOREIGN KEY ([WinnerEnterpriseId]) REFERENCES [dbo].[Enterprise] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[PackageTender]'), N'IX_PackageTender_PackageId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_PackageTender_PackageId]
        ON [dbo].[PackageTender] ([PackageId] ASC, [Date] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[PackageSupervision]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[PackageSupervision] (
        [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
        [PackageId]      BIGINT         NOT NULL,
        [EstateId]       BIGINT         NOT NULL,
        [Date]           DATE           NOT NULL,
        [Inspector]      NVARCHAR (50)  NOT NULL,
        [ProblemFound]   BIT            NOT NULL,
        [Finding]        NVARCHAR (500) NOT NULL,
        [RecordedUtc]    DATETIME2 (7)  NOT NULL,
        [RecordedByName] NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_PackageSupervision] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_PackageSupervision_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
        CONSTRAINT [FK_PackageSupervision_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[PackageSupervision]'), N'IX_PackageSupervision_PackageId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_PackageSupervision_PackageId]
        ON [dbo].[PackageSupervision] ([PackageId] ASC, [Date] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[PackageReview]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[PackageReview] (
        [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
        [PackageId]      BIGINT         NOT NULL,
        [EstateId]       BIGINT         NOT NULL,
        [Year]           INT            NOT NULL,
        [Quarter]        INT            NOT NULL,
        [Score]          INT            NOT NULL,
        [Reviewer]       NVARCHAR (50)  NOT NULL,
        [Note]           NVARCHAR (500) NULL,
        [RecordedUtc]    DATETIME2 (7)  NOT NULL,
        [RecordedByName] NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_PackageReview] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_PackageReview_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
        CONSTRAINT [FK_PackageReview_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_PackageReview_Quarter] CHECK ([Quarter] BETWEEN 1 AND 4),
        CONSTRAINT [CK_PackageReview_Score] CHECK ([Score] BETWEEN 0 AND 100)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[PackageReview]'), N'IX_PackageReview_Quarter', N'IndexID') IS NULL
BEGIN
    CREATE UNIQUE NONCLUSTERED INDEX [IX_PackageReview_Quarter]
        ON [dbo].[PackageReview] ([PackageId] ASC, [EstateId] ASC, [Year] ASC, [Quarter] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[PackageVote]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[PackageVote] (
        [Id]              BIGINT         IDENTITY (1, 1) NOT NULL,
        [PackageId]       BIGINT         NOT NULL,
        [TenderId]        BIGINT         NOT NULL,
        [Date]            DATE           NOT NULL,
        [Households]      INT            NOT NULL,
        [BallotsReturned] INT            NOT NULL,
        [VotesForRenewal] INT            NOT NULL,
        [RecordedUtc]     DATETIME2 (7)  NOT NULL,
        [RecordedByName]  NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_PackageVote] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_PackageVote_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
        CONSTRAINT [FK_PackageVote_PackageTender_TenderId] FOREIGN KEY ([TenderId]) REFERENCES [dbo].[PackageTender] ([Id])
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[PackageVote]'), N'IX_PackageVote_TenderId', N'IndexID') IS NULL
BEGIN
    CREATE UNIQUE NONCLUSTERED INDEX [IX_PackageVote_TenderId]
        ON [dbo].[PackageVote] ([TenderId] ASC);
END
GO

-- Adds a package and its live estates (@EstateIds "12,15"); returns its id. Which estates may be packaged is
-- PackageService's rule (Core); an estate in another live package is refused by IX_PackageEstate_EstateId_Live.
CREATE OR ALTER PROCEDURE [dbo].[Package_Create]
    @SubDistrictId BIGINT,
    @Name NVARCHAR (50),
    @CreatedOn DATE,
    @EstateIds NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Package] ([SubDistrictId], [Name], [CreatedOn], [DissolvedOn], [Version])
    VALUES (@SubDistrictId, @Name, @CreatedOn, NULL, 1);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[PackageEstate] ([PackageId], [EstateId], [Live])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value]), 1
    FROM STRING_SPLIT(@EstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';

    SELECT @Id AS [Id];
END
GO

-- Renames a live package and replaces its live estates if @Version is still current; otherwise raises 50409 and
-- changes nothing. Estates taken out stay as rows, no longer live.
CREATE OR ALTER PROCEDURE [dbo].[Package_Update]
    @Id BIGINT,
    @Name NVARCHAR (50),
    @EstateIds NVARCHAR (MAX),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package]
    SET [Name] = @Name, [Version] = [Version] + 1
    WHERE [Id] = @Id AND [Version] = @Version AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was changed by someone else since it was read.', 1;
    END

    UPDATE [dbo].[PackageEstate] SET [Live] = 0 WHERE [PackageId] = @Id AND [Live] = 1;

    UPDATE [dbo].[PackageEstate]
    SET [Live] = 1
    WHERE [PackageId] = @Id
        AND [EstateId] IN (SELECT CONVERT(BIGINT, S.[value]) FROM STRING_SPLIT(@EstateIds, N',') S WHERE LTRIM(RTRIM(S.[value])) <> N'');

    INSERT INTO [dbo].[PackageEstate] ([PackageId], [EstateId], [Live])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value]), 1
    FROM STRING_SPLIT(@EstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N''
        AND NOT EXISTS (
            SELECT 1 FROM [dbo].[PackageEstate] PE WHERE PE.[PackageId] = @Id AND PE.[EstateId] = CONVERT(BIGINT, S.[value])
        );
END
GO

-- Dissolves a live package at @Version (otherwise 50409): its memberships end, kept as rows.
CREATE OR ALTER PROCEDURE [dbo].[Package_UpdateDissolved]
    @Id BIGINT,
    @DissolvedOn DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package]
    SET [DissolvedOn] = @DissolvedOn, [Version] = [Version] + 1
    WHERE [Id] = @Id AND [Version] = @Version AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was changed by someone else since it was read.', 1;
    END

    UPDATE [dbo].[PackageEstate] SET [Live] = 0 WHERE [PackageId] = @Id;
END
GO

-- One package with its sub-district's name and path (the scope test) and its live estates' count and households.
CREATE OR ALTER PROCEDURE [dbo].[Package_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[Id],
        P.[SubDistrictId],
        P.[Name],
        P.[CreatedOn],
        P.[DissolvedOn],
        P.[Version],
        S.[Name] AS [SubDistrictName],
        S.[Path],
        (SELECT COUNT(*) FROM [dbo].[PackageEstate] PE WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1) AS [EstateCount],
        (SELECT ISNULL(SUM(E.[Households]), 0)
            FROM [dbo].[PackageEstate] PE INNER JOIN [dbo].[Estate] E ON E.[Id] = PE.[EstateId]
            WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1) AS [Households]
    FROM
        [dbo].[Package] P
        INNER JOIN [dbo].[Node] S ON S.[Id] = P.[SubDistrictId]
    WHERE
        P.[Id] = @Id;
END
GO

-- The packages of the sub-districts under @ScopePath and those with a live estate under it (a community officer's),
-- in hierarchy order, live first. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[Package_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[Id],
        P.[SubDistrictId],
        P.[Name],
        P.[CreatedOn],
        P.[DissolvedOn],
        P.[Version],
        S.[Name] AS [SubDistrictName],
        S.[Path],
        (SELECT COUNT(*) FROM [dbo].[PackageEstate] PE WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1) AS [EstateCount],
        (SELECT ISNULL(SUM(E.[Households]), 0)
            FROM [dbo].[PackageEstate] PE INNER JOIN [dbo].[Estate] E ON E.[Id] = PE.[EstateId]
            WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1) AS [Households]
    FROM
        [dbo].[Package] P
        INNER JOIN [dbo].[Node] S ON S.[Id] = P.[SubDistrictId]
    WHERE
        @ScopePath <> N''
        AND (
            S.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
            OR EXISTS (
                SELECT 1
                FROM [dbo].[PackageEstate] PE INNER JOIN [dbo].[Node] M ON M.[Id] = PE.[EstateId]
                WHERE PE.[PackageId] = P.[Id] AND PE.[Live] = 1 AND M.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
            )
        )
    ORDER BY
        S.[SortOrder],
        S.[Id],
        CASE WHEN P.[DissolvedOn] IS NULL THEN 0 ELSE 1 END,
        P.[Id];
END
GO

-- A package's estates, live and past, in hierarchy order, with their households (the registry's).
CREATE OR ALTER PROCEDURE [dbo].[PackageEstate_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        PE.[PackageId],
        PE.[EstateId],
        PE.[Live],
        N.[Name] AS [EstateName],
        N.[Path],
        C.[Id] AS [CommunityId],
        C.[Name] AS [CommunityName],
        E.[Households]
    FROM
        [dbo].[PackageEstate] PE
        INNER JOIN [dbo].[Estate] E ON E.[Id] = PE.[EstateId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = PE.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
    WHERE
        PE.[PackageId] = @PackageId
    ORDER BY
        C.[SortOrder],
        C.[Id],
        N.[Id];
END
GO

-- Every live membership of an estate under @ScopePath. An empty scope matches nothing.
CREATE OR ALTER PROCEDURE [dbo].[PackageEstate_ReadLiveByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        PE.[PackageId],
        PE.[EstateId],
        PE.[Live],
        N.[Name] AS [EstateName],
        N.[Path],
        C.[Id] AS [CommunityId],
        C.[Name] AS [CommunityName],
        E.[Households]
    FROM
        [dbo].[PackageEstate] PE
        INNER JOIN [dbo].[Estate] E ON E.[Id] = PE.[EstateId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = PE.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
    WHERE
        @ScopePath <> N''
        AND PE.[Live] = 1
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        C.[SortOrder],
        C.[Id],
        N.[Id];
END
GO

-- Adds a tender to a live package (its version moves on; a dissolved package raises 50409); returns the id.
CREATE OR ALTER PROCEDURE [dbo].[PackageTender_Create]
    @PackageId BIGINT,
    @Date DATE,
    @Bidders NVARCHAR (2100),
    @WinnerName NVARCHAR (100),
    @WinnerEnterpriseId BIGINT,
    @Price DECIMAL (18, 2),
    @TermStart DATE,
    @TermEnd DATE,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package] SET [Version] = [Version] + 1 WHERE [Id] = @PackageId AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was dissolved or changed since it was read.', 1;
    END

    INSERT INTO [dbo].[PackageTender] (
        [PackageId], [Date], [Bidders], [WinnerName], [WinnerEnterpriseId], [Price], [TermStart], [TermEnd], [RecordedUtc], [RecordedByName]
    )
    VALUES (
        @PackageId, @Date, @Bidders, @WinnerName, @WinnerEnterpriseId, @Price, @TermStart, @TermEnd, @RecordedUtc, @RecordedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- A package's tenders, newest first (the id breaks ties).
CREATE OR ALTER PROCEDURE [dbo].[PackageTender_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        T.[Id],
        T.[PackageId],
        T.[Date],
        T.[Bidders],
        T.[WinnerName],
        T.[WinnerEnterpriseId],
        T.[Price],
        T.[TermStart],
        T.[TermEnd],
        T.[RecordedUtc],
        T.[RecordedByName]
    FROM
        [dbo].[PackageTender] T
    WHERE
        T.[PackageId] = @PackageId
    ORDER BY
        T.[Date] DESC,
        T.[Id] DESC;
END
GO

-- Adds a daily-supervision record to a live package (its version moves on; a dissolved package raises 50409).
CREATE OR ALTER PROCEDURE [dbo].[PackageSupervision_Create]
    @PackageId BIGINT,
    @EstateId BIGINT,
    @Date DATE,
    @Inspector NVARCHAR (50),
    @ProblemFound BIT,
    @Finding NVARCHAR (500),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package] SET [Version] = [Version] + 1 WHERE [Id] = @PackageId AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was dissolved or changed since it was read.', 1;
    END

    INSERT INTO [dbo].[PackageSupervision] ([PackageId], [EstateId], [Date], [Inspector], [ProblemFound], [Finding], [RecordedUtc], [RecordedByName])
    VALUES (@PackageId, @EstateId, @Date, @Inspector, @ProblemFound, @Finding, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- A package's daily-supervision records, newest first, with the estate's name.
CREATE OR ALTER PROCEDURE [dbo].[PackageSupervision_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[Id],
        R.[PackageId],
        R.[EstateId],
        R.[Date],
        R.[Inspector],
        R.[ProblemFound],
        R.[Finding],
        R.[RecordedUtc],
        R.[RecordedByName],
        N.[Name] AS [EstateName]
    FROM
        [dbo].[PackageSupervision] R
        INNER JOIN [dbo].[Node] N ON N.[Id] = R.[EstateId]
    WHERE
        R.[PackageId] = @PackageId
    ORDER BY
        R.[Date] DESC,
        R.[Id] DESC;
END
GO

-- Adds a quarterly review to a live package (its version moves on; a dissolved package raises 50409); a second
-- review of the estate for the quarter is refused by IX_PackageReview_Quarter.
CREATE OR ALTER PROCEDURE [dbo].[PackageReview_Create]
    @PackageId BIGINT,
    @EstateId BIGINT,
    @Year INT,
    @Quarter INT,
    @Score INT,
    @Reviewer NVARCHAR (50),
    @Note NVARCHAR (500),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package] SET [Version] = [Version] + 1 WHERE [Id] = @PackageId AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was dissolved or changed since it was read.', 1;
    END

    INSERT INTO [dbo].[PackageReview] ([PackageId], [EstateId], [Year], [Quarter], [Score], [Reviewer], [Note], [RecordedUtc], [RecordedByName])
    VALUES (@PackageId, @EstateId, @Year, @Quarter, @Score, @Reviewer, @Note, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- A package's quarterly reviews, newest quarter first, then in hierarchy order of the estates.
CREATE OR ALTER PROCEDURE [dbo].[PackageReview_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[Id],
        R.[PackageId],
        R.[EstateId],
        R.[Year],
        R.[Quarter],
        R.[Score],
        R.[Reviewer],
        R.[Note],
        R.[RecordedUtc],
        R.[RecordedByName],
        N.[Name] AS [EstateName]
    FROM
        [dbo].[PackageReview] R
        INNER JOIN [dbo].[Node] N ON N.[Id] = R.[EstateId]
    WHERE
        R.[PackageId] = @PackageId
    ORDER BY
        R.[Year] DESC,
        R.[Quarter] DESC,
        N.[Path],
        R.[Id];
END
GO

-- Adds the renewal vote of a tender to a live package (its version moves on; a dissolved package raises 50409); a
-- second vote on the tender is refused by IX_PackageVote_TenderId.
CREATE OR ALTER PROCEDURE [dbo].[PackageVote_Create]
    @PackageId BIGINT,
    @TenderId BIGINT,
    @Date DATE,
    @Households INT,
    @BallotsReturned INT,
    @VotesForRenewal INT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package] SET [Version] = [Version] + 1 WHERE [Id] = @PackageId AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was dissolved or changed since it was read.', 1;
    END

    INSERT INTO [dbo].[PackageVote] ([PackageId], [TenderId], [Date], [Households], [BallotsReturned], [VotesForRenewal], [RecordedUtc], [RecordedByName])
    VALUES (@PackageId, @TenderId, @Date, @Households, @BallotsReturned, @VotesForRenewal, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- A package's renewal votes, newest first.
CREATE OR ALTER PROCEDURE [dbo].[PackageVote_ReadByPackageId]
    @PackageId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        V.[Id],
        V.[PackageId],
        V.[TenderId],
        V.[Date],
        V.[Households],
        V.[BallotsReturned],
        V.[VotesForRenewal],
        V.[RecordedUtc],
        V.[RecordedByName]
    FROM
        [dbo].[PackageVote] V
    WHERE
        V.[PackageId] = @PackageId
    ORDER BY
        V.[Date] DESC,
        V.[Id] DESC;
END
GO
