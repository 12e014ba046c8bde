-- 2026-12-07_02_LeagueSnapshotHeadlines: the league keeps a district's history (every snapshot's headline figures) and
-- picks any week's standings from it in Core (LeagueHistory), so a week nobody opened reads nothing of its own (issue 19).
-- Re-runnable: CREATE OR ALTER.

-- Every snapshot (each acceptance and restatement) of the sub-districts under @ScopePath, headline figures only (no
-- [CoveredEstateIds]): the league keeps a district's history from these and picks any week's standings in Core
-- (LeagueHistory), by the rule of [dbo].[LeagueTable_ReadByWeek]. An empty scope matches nothing; the path is never a
-- wildcard. No order: Core orders them.
CREATE OR ALTER PROCEDURE [dbo].[LeagueTable_ReadSnapshotHeadlines]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Frozen.[Id],
        Frozen.[WeeklyReturnId],
        Frozen.[SubDistrictId],
        Frozen.[WeekEnding],
        Frozen.[AcceptedUtc],
        Frozen.[IsRestatement],
        Frozen.[WasOnTime],
        Frozen.[Baseline],
        Frozen.[Covered],
        Frozen.[Remaining],
        Frozen.[PercentCleared],
        Frozen.[NewlyCovered],
        Frozen.[CommitteesFormed]
    FROM
        [dbo].[Node] SubDistrict
        INNER JOIN [dbo].[ReturnSnapshot] Frozen ON Frozen.[SubDistrictId] = SubDistrict.[Id]
    WHERE
        @ScopePath <> N''
        AND SubDistrict.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%';
END
GO
