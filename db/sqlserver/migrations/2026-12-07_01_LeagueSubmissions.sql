-- 2026-12-07_01_LeagueSubmissions: the league for a week reads its 14 weeks of first-submission times through this narrow
-- procedure instead of the whole return summaries (issue 19). Re-runnable: CREATE OR ALTER.

-- When each return of the sub-districts under @ScopePath for the weeks in [@From, @To] was first submitted, and whether it
-- was ever sent back: the league judges timeliness from these (Core's calendar), 14 weeks for a week's table. The narrow
-- read of [dbo].[WeeklyReturn_ReadSummariesByScopePath]. An empty scope matches nothing; the path is never a wildcard.
-- One seek per sub-district on UQ_WeeklyReturn_SubDistrictId_WeekEnding. No order: the league groups them itself.
CREATE OR ALTER PROCEDURE [dbo].[LeagueTable_ReadSubmissions]
    @ScopePath NVARCHAR (200),
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Filed.[SubDistrictId],
        Filed.[WeekEnding],
        Filed.[FirstSubmittedUtc],
        Filed.[WasSentBack]
    FROM
        [dbo].[Node] SubDistrict
        INNER JOIN [dbo].[WeeklyReturn] Filed ON Filed.[SubDistrictId] = SubDistrict.[Id]
    WHERE
        @ScopePath <> N''
        AND SubDistrict.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND Filed.[WeekEnding] BETWEEN @From AND @To;
END
GO
