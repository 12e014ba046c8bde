-- The league's standings (周排名): every live sub-district under @ScopePath, once for @WeekEnding and once for
-- @PreviousWeekEnding (for movement), each with the newest snapshot of the newest week on or before it (latest
-- acceptance, then highest id) and its open supervision orders. No snapshot leaves the figures NULL/0: shown,
-- unranked. Ordered by week (newest first), then hierarchy order. An empty scope matches nothing; the path is never
-- a wildcard. One seek per sub-district and week on IX_ReturnSnapshot_SubDistrictId_Newest.
CREATE PROCEDURE [dbo].[LeagueTable_ReadByWeek]
    @ScopePath NVARCHAR (200),
    @WeekEnding DATE,
    @PreviousWeekEnding DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        SubDistrict.[Id] AS [SubDistrictId],
        SubDistrict.[Name] AS [SubDistrictName],
        SubDistrict.[SortOrder],
        Asked.[AsOfWeek],
        Frozen.[Id] AS [SnapshotId],
        Frozen.[WeeklyReturnId],
        Frozen.[WeekEnding] AS [SnapshotWeekEnding],
        COALESCE(Frozen.[IsRestatement], CONVERT(BIT, 0)) AS [IsRestatement],
        COALESCE(Frozen.[WasOnTime], CONVERT(BIT, 0)) AS [WasOnTime],
        COALESCE(Frozen.[Baseline], 0) AS [Baseline],
        COALESCE(Frozen.[Covered], 0) AS [Covered],
        COALESCE(Frozen.[Remaining], 0) AS [Remaining],
        Frozen.[PercentCleared],
        COALESCE(Frozen.[NewlyCovered], 0) AS [NewlyCovered],
        COALESCE(Frozen.[CommitteesFormed], 0) AS [CommitteesFormed],
        Orders.[OpenSupervisionOrders]
    FROM
        [dbo].[Node] SubDistrict
        CROSS JOIN
        (
            SELECT @WeekEnding AS [AsOfWeek]
            UNION ALL
            SELECT @PreviousWeekEnding AS [AsOfWeek]
        ) Asked
        OUTER APPLY
        (
            SELECT TOP (1)
                Newest.[Id],
                Newest.[WeeklyReturnId],
                Newest.[WeekEnding],
                Newest.[IsRestatement],
                Newest.[WasOnTime],
                Newest.[Baseline],
                Newest.[Covered],
                Newest.[Remaining],
                Newest.[PercentCleared],
                Newest.[NewlyCovered],
                Newest.[CommitteesFormed]
            FROM
                [dbo].[ReturnSnapshot] Newest
            WHERE
                Newest.[SubDistrictId] = SubDistrict.[Id]
                AND Newest.[WeekEnding] <= Asked.[AsOfWeek]
            ORDER BY
                Newest.[WeekEnding] DESC,
                Newest.[AcceptedUtc] DESC,
                Newest.[Id] DESC
        ) Frozen
        OUTER APPLY
        (
            SELECT
                COUNT(*) AS [OpenSupervisionOrders]
            FROM
                [dbo].[SupervisionOrder] OpenOrder
            WHERE
                OpenOrder.[SubDistrictId] = SubDistrict.[Id]
                AND OpenOrder.[ClosedUtc] IS NULL
        ) Orders
    WHERE
        @ScopePath <> N''
        AND SubDistrict.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND SubDistrict.[Level] = 3
        AND SubDistrict.[IsRetired] = 0
    ORDER BY
        Asked.[AsOfWeek] DESC,
        SubDistrict.[SortOrder] ASC,
        SubDistrict.[Id] ASC;
END
