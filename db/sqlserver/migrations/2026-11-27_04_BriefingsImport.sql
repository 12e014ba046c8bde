-- 2026-11-27_04_BriefingsImport: the weekly pack's archive (the briefings of the district and each sub-district,
-- kept with their snapshot, PDF in the row) and its procedures. The registry import needs no new object: it calls
-- the estate procedures inside one transaction. Estate_ReadByScopePathAfterPath reads the registry in path order for
-- the streamed bulk export. Re-runnable: the table only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[BriefingArchive]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[BriefingArchive] (
        [Id]           BIGINT          IDENTITY (1, 1) NOT NULL,
        [NodeId]       BIGINT          NOT NULL,
        [NodeName]     NVARCHAR (100)  NOT NULL,
        [WeekEnding]   DATE            NOT NULL,
        [SnapshotId]   NVARCHAR (40)   NOT NULL,
        [GeneratedUtc] DATETIME2 (7)   NOT NULL,
        [Pdf]          VARBINARY (MAX) NOT NULL,
        CONSTRAINT [PK_BriefingArchive] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_BriefingArchive_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
        CONSTRAINT [UQ_BriefingArchive_NodeId_WeekEnding] UNIQUE NONCLUSTERED ([NodeId] ASC, [WeekEnding] ASC)
    );
END
GO

-- Archives a briefing unless its node already has one for that week, in one statement (UPDLOCK, HOLDLOCK: a retried
-- job waits for the first, then finds its row). Returns the new id, or NULL when nothing was archived.
CREATE OR ALTER PROCEDURE [dbo].[BriefingArchive_Create]
    @NodeId BIGINT,
    @NodeName NVARCHAR (100),
    @WeekEnding DATE,
    @SnapshotId NVARCHAR (40),
    @GeneratedUtc DATETIME2 (7),
    @Pdf VARBINARY (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[BriefingArchive] ([NodeId], [NodeName], [WeekEnding], [SnapshotId], [GeneratedUtc], [Pdf])
    SELECT
        @NodeId,
        @NodeName,
        @WeekEnding,
        @SnapshotId,
        @GeneratedUtc,
        @Pdf
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[BriefingArchive] WITH (UPDLOCK, HOLDLOCK)
            WHERE [NodeId] = @NodeId AND [WeekEnding] = @WeekEnding
        );

    DECLARE @Archived INT = @@ROWCOUNT;

    SELECT CASE WHEN @Archived = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[BriefingArchive_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        B.[Id],
        B.[NodeId],
        B.[NodeName],
        N.[Level] AS [NodeLevel],
        N.[Path] AS [NodePath],
        B.[WeekEnding],
        B.[SnapshotId],
        B.[GeneratedUtc],
        CONVERT(INT, DATALENGTH(B.[Pdf])) AS [SizeBytes],
        B.[Pdf]
    FROM
        [dbo].[BriefingArchive] B
        INNER JOIN [dbo].[Node] N ON N.[Id] = B.[NodeId]
    WHERE
        B.[Id] = @Id;
END
GO

-- Archived briefings of the nodes under @ScopePath (the scope node included), newest week first, without their
-- PDFs (an empty [Pdf], so lists stay small). An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[BriefingArchive_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        B.[Id],
        B.[NodeId],
        B.[NodeName],
        N.[Level] AS [NodeLevel],
        N.[Path] AS [NodePath],
        B.[WeekEnding],
        B.[SnapshotId],
        B.[GeneratedUtc],
        CONVERT(INT, DATALENGTH(B.[Pdf])) AS [SizeBytes],
        CONVERT(VARBINARY (MAX), 0x) AS [Pdf]
    FROM
        [dbo].[BriefingArchive] B
        INNER JOIN [dbo].[Node] N ON N.[Id] = B.[NodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        B.[WeekEnding] DESC,
        N.[Level] ASC,
        N.[SortOrder] ASC,
        B.[NodeName] ASC,
        B.[Id] ASC;
END
GO

-- Live estates under @ScopePath in path order (grouped by sub-district and community), the first @Take after
-- @AfterPath (NULL: from the start): a keyset read for streamed bulk exports, one index seek per batch and no count.
-- An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadByScopePathAfterPath]
    @ScopePath NVARCHAR (200),
    @AfterPath NVARCHAR (200),
    @Take INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Take)
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
        @ScopePath <> N''
        AND [Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND (@AfterPath IS NULL OR [Path] > @AfterPath)
        AND [IsRetired] = 0
    ORDER BY
        [Path] ASC;
END
GO
