-- 2026-12-05_30_LookBacks: look-backs (回头看, P11, issue 16) and the per-mode strike-off evidence rules: two tables,
-- the look-back procedures, the registry's relapse write and struck-off read, the evidence rules' procedures and the
-- read of the estates with evidence on file. Re-runnable: tables and indexes only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[LookBack]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[LookBack] (
        [Id]               BIGINT         IDENTITY (1, 1) NOT NULL,
        [EstateId]         BIGINT         NOT NULL,
        [Date]             DATE           NOT NULL,
        [Inspector]        NVARCHAR (50)  NOT NULL,
        [InspectedBy]      INT            NOT NULL,
        [SixHaves]         INT            NOT NULL,
        [Passed]           BIT            NOT NULL,
        [Note]             NVARCHAR (500) NULL,
        [StruckOffDate]    DATE           NOT NULL,
        [Relapsed]         BIT            NOT NULL,
        [RecordedUtc]      DATETIME2 (7)  NOT NULL,
        [RecordedByUserId] BIGINT         NOT NULL,
        [RecordedByName]   NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_LookBack] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_LookBack_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_LookBack_SixHaves] CHECK ([SixHaves] BETWEEN 0 AND 63)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[LookBack]'), N'IX_LookBack_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_LookBack_EstateId]
        ON [dbo].[LookBack] ([EstateId] ASC, [Date] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[StrikeOffEvidenceRule]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[StrikeOffEvidenceRule] (
        [Mode]     INT           NOT NULL,
        [Document] NVARCHAR (50) NOT NULL,
        CONSTRAINT [PK_StrikeOffEvidenceRule] PRIMARY KEY CLUSTERED ([Mode] ASC)
    );
END
GO

-- Stores a look-back; returns its id. The rules and the relapse decision are Core's (LookBackService); the registry
-- write of a relapse is Estate_UpdateRelapse, called first in the same transaction.
CREATE OR ALTER PROCEDURE [dbo].[LookBack_Create]
    @EstateId BIGINT,
    @Date DATE,
    @Inspector NVARCHAR (50),
    @By INT,
    @SixHaves INT,
    @Passed BIT,
    @Note NVARCHAR (500),
    @StruckOffDate DATE,
    @Relapsed BIT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByUserId BIGINT,
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[LookBack] (
        [EstateId], [Date], [Inspector], [InspectedBy], [SixHaves], [Passed], [Note], [StruckOffDate], [Relapsed],
        [RecordedUtc], [RecordedByUserId], [RecordedByName]
    )
    VALUES (
        @EstateId, @Date, @Inspector, @By, @SixHaves, @Passed, @Note, @StruckOffDate, @Relapsed,
        @RecordedUtc, @RecordedByUserId, @RecordedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- One look-back with its estate's name, path (for the scope test) and sub-district.
CREATE OR ALTER PROCEDURE [dbo].[LookBack_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        L.[Id],
        L.[EstateId],
        L.[Date],
        L.[Inspector],
        L.[InspectedBy] AS [By],
        L.[SixHaves],
        L.[Passed],
        L.[Note],
        L.[StruckOffDate],
        L.[Relapsed],
        L.[RecordedUtc],
        L.[RecordedByUserId],
        L.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId]
    FROM
        [dbo].[LookBack] L
        INNER JOIN [dbo].[Node] N ON N.[Id] = L.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        L.[Id] = @Id;
END
GO

-- An estate's look-backs, newest first (the id breaks ties, so both databases give one order).
CREATE OR ALTER PROCEDURE [dbo].[LookBack_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        L.[Id],
        L.[EstateId],
        L.[Date],
        L.[Inspector],
        L.[InspectedBy] AS [By],
        L.[SixHaves],
        L.[Passed],
        L.[Note],
        L.[StruckOffDate],
        L.[Relapsed],
        L.[RecordedUtc],
        L.[RecordedByUserId],
        L.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId]
    FROM
        [dbo].[LookBack] L
        INNER JOIN [dbo].[Node] N ON N.[Id] = L.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        L.[EstateId] = @EstateId
    ORDER BY
        L.[Date] DESC,
        L.[Id] DESC;
END
GO

-- Every look-back of the live estates under @ScopePath, newest first. An empty scope matches nothing; the path is never
-- a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[LookBack_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        L.[Id],
        L.[EstateId],
        L.[Date],
        L.[Inspector],
        L.[InspectedBy] AS [By],
        L.[SixHaves],
        L.[Passed],
        L.[Note],
        L.[StruckOffDate],
        L.[Relapsed],
        L.[RecordedUtc],
        L.[RecordedByUserId],
        L.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId]
    FROM
        [dbo].[LookBack] L
        INNER JOIN [dbo].[Node] N ON N.[Id] = L.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND N.[IsRetired] = 0
    ORDER BY
        L.[Date] DESC,
        L.[Id] DESC;
END
GO

-- The live estates under @ScopePath the registry holds as struck off, in hierarchy order (ids break ties): what the
-- look-back list and counts start from. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadStruckOffByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        E.[Id] AS [EstateId],
        N.[Name] AS [EstateName],
        N.[Path],
        C.[Id] AS [CommunityId],
        C.[Name] AS [CommunityName],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName],
        E.[Status],
        E.[Mode],
        E.[SixHaves],
        E.[StruckOffDate]
    FROM
        [dbo].[Estate] E
        INNER JOIN [dbo].[Node] N ON N.[Id] = E.[Id]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND N.[IsRetired] = 0
        AND E.[StruckOffDate] IS NOT NULL
    ORDER BY
        S.[SortOrder] ASC,
        S.[Id] ASC,
        C.[SortOrder] ASC,
        C.[Id] ASC,
        N.[Id] ASC;
END
GO

-- A failed look-back puts the estate back on the list (返潮): status, mode and six haves as Core decided, no strike-off
-- date. Only while the registry still holds the strike-off dated @StruckOffDate that the look-back checked; the count
-- updated (0: changed meanwhile, or no such estate) lets the caller roll back as a conflict. The audit comes from Core.
CREATE OR ALTER PROCEDURE [dbo].[Estate_UpdateRelapse]
    @Id BIGINT,
    @Status INT,
    @Mode INT,
    @SixHaves INT,
    @StruckOffDate DATE
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[Estate]
    SET
        [Status] = @Status,
        [Mode] = @Mode,
        [SixHaves] = @SixHaves,
        [StruckOffDate] = NULL
    WHERE
        [Id] = @Id
        AND [StruckOffDate] = @StruckOffDate;

    SELECT
        @@ROWCOUNT AS [Updated];
END
GO

-- Every per-mode strike-off evidence rule, by mode.
CREATE OR ALTER PROCEDURE [dbo].[StrikeOffEvidenceRule_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Mode],
        [Document]
    FROM
        [dbo].[StrikeOffEvidenceRule]
    ORDER BY
        [Mode] ASC;
END
GO

-- Sets (a document) or removes (NULL) the evidence rule of @Mode. The audit comes from Core with the call.
CREATE OR ALTER PROCEDURE [dbo].[StrikeOffEvidenceRule_Update]
    @Mode INT,
    @Document NVARCHAR (50)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @Document IS NULL
    BEGIN
        DELETE FROM [dbo].[StrikeOffEvidenceRule] WHERE [Mode] = @Mode;
    END
    ELSE IF EXISTS (SELECT 1 FROM [dbo].[StrikeOffEvidenceRule] WITH (UPDLOCK, HOLDLOCK) WHERE [Mode] = @Mode)
    BEGIN
        UPDATE [dbo].[StrikeOffEvidenceRule] SET [Document] = @Document WHERE [Mode] = @Mode;
    END
    ELSE
    BEGIN
        INSERT INTO [dbo].[StrikeOffEvidenceRule] ([Mode], [Document]) VALUES (@Mode, @Document);
    END
END
GO

-- The live estates under @ScopePath with an evidence file of their own (owner kind 1) or on a return row (2): the
-- per-mode strike-off evidence rule asks (Core's StrikeOffEvidence). An empty scope matches nothing.
CREATE OR ALTER PROCEDURE [dbo].[Attachment_ReadEvidenceEstateIdsByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT DISTINCT
        A.[NodeId]
    FROM
        [dbo].[Attachment] A
        INNER JOIN [dbo].[Node] N ON N.[Id] = A.[NodeId]
    WHERE
        @ScopePath <> N''
        AND A.[OwnerKind] IN (1, 2)
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND N.[IsRetired] = 0
    ORDER BY
        A.[NodeId] ASC;
END
GO
