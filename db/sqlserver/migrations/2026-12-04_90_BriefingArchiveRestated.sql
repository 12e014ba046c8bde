-- 2026-12-04_90_BriefingArchiveRestated: the weekly pack archives a week again whenever the snapshot it prints changes
-- (a later acceptance, a restatement): one briefing per node, week AND snapshot, the older copies kept and shown as
-- superseded; a briefing archived while some of its returns were not yet accepted is marked provisional. Re-runnable.

IF COL_LENGTH(N'[dbo].[BriefingArchive]', N'IsProvisional') IS NULL
BEGIN
    ALTER TABLE [dbo].[BriefingArchive] ADD [IsProvisional] BIT CONSTRAINT [DF_BriefingArchive_IsProvisional] DEFAULT ((0)) NOT NULL;
END
GO

IF OBJECT_ID(N'dbo.UQ_BriefingArchive_NodeId_WeekEnding', N'UQ') IS NOT NULL
BEGIN
    ALTER TABLE [dbo].[BriefingArchive] DROP CONSTRAINT [UQ_BriefingArchive_NodeId_WeekEnding];
END
GO

-- The snapshot id is made by the code ("S-2026-11-27-0042"): compared byte for byte.
ALTER TABLE [dbo].[BriefingArchive] ALTER COLUMN [SnapshotId] NVARCHAR (40) COLLATE Latin1_General_100_BIN2 NOT NULL;
GO

IF OBJECT_ID(N'dbo.UQ_BriefingArchive_NodeId_WeekEnding_SnapshotId', N'UQ') IS NULL
BEGIN
    ALTER TABLE [dbo].[BriefingArchive] ADD CONSTRAINT [UQ_BriefingArchive_NodeId_WeekEnding_SnapshotId] UNIQUE NONCLUSTERED ([NodeId] ASC, [WeekEnding] ASC, [SnapshotId] ASC);
END
GO


CREATE OR ALTER PROCEDURE [dbo].[BriefingArchive_Create]
    @NodeId BIGINT,
    @NodeName NVARCHAR (100),
    @WeekEnding DATE,
    @SnapshotId NVARCHAR (40),
    @GeneratedUtc DATETIME2 (7),
    @Pdf VARBINARY (MAX),
    @IsProvisional BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[BriefingArchive] ([NodeId], [NodeName], [WeekEnding], [SnapshotId], [GeneratedUtc], [Pdf], [IsProvisional])
    SELECT
        @NodeId,
        @NodeName,
        @WeekEnding,
        @SnapshotId,
        @GeneratedUtc,
        @Pdf,
        @IsProvisional
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[BriefingArchive] WITH (UPDLOCK, HOLDLOCK)
            WHERE [NodeId] = @NodeId AND [WeekEnding] = @WeekEnding AND [SnapshotId] = @SnapshotId
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
        B.[IsProvisional],
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
        B.[IsProvisional],
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
        B.[NodeId] ASC,
        B.[Id] ASC;
END
GO

