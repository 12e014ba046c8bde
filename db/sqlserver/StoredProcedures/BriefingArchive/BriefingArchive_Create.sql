-- Archives a briefing unless its node already has one for that week and snapshot, in one statement (UPDLOCK,
-- HOLDLOCK: a retried job waits for the first, then finds its row). Returns the new id, or NULL when nothing was archived.
CREATE PROCEDURE [dbo].[BriefingArchive_Create]
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
