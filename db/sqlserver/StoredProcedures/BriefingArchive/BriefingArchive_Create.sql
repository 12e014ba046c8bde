-- Archives a briefing unless its node already has one for that week, in one statement (UPDLOCK, HOLDLOCK: a retried
-- job waits for the first, then finds its row). Returns the new id, or NULL when nothing was archived.
CREATE PROCEDURE [dbo].[BriefingArchive_Create]
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
