-- 2026-12-04_25_OrderByIds: a return's rows, the league and its drill-down, and the briefing archive sorted by name,
-- which is pinyin order here and code-point order on SQLite: they now sort by hierarchy order and ids, the same on
-- both databases (a return's rows are then put in name order by Core's NameKey). CREATE OR ALTER: re-runnable.

-- The rows of one return in estate id order; the repository puts them in name order by Core's NameKey, the same as
-- SQLite's (a sort by name here went by pinyin, there by code point).
CREATE OR ALTER PROCEDURE [dbo].[ReturnRow_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [WeeklyReturnId],
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    FROM
        [dbo].[ReturnRow]
    WHERE
        [WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        [EstateId] ASC;
END
GO

-- The league's standings (周排名): every live sub-district under @ScopePath, once for @WeekEnding and once for
-- @PreviousWeekEnding (for movement), each with the newest snapshot of the newest week on or before it (latest
-- acceptance, then highest id) and its open supervision orders. No snapshot leaves the figures NULL/0: shown,
-- unranked. Ordered by week (newest first), then hierarchy order. An empty scope matches nothing; the path is never
-- a wildcard. One seek per sub-district and week on IX_ReturnSnapshot_SubDistrictId_Newest.
CREATE OR ALTER PROCEDURE [dbo].[LeagueTable_ReadByWeek]
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
GO

-- The rows of one return as filed and accepted, each with its estate's community: the community league and the
-- drill-down from a league figure read these. Ordered by community in hierarchy order (sort order, then id), then estate id:
-- ids, not names, so SQLite gives the same order.
CREATE OR ALTER PROCEDURE [dbo].[LeagueTable_ReadEstatesByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Filed.[WeeklyReturnId],
        Filed.[EstateId],
        Filed.[EstateName],
        Filed.[Households],
        Community.[Id] AS [CommunityId],
        Community.[Name] AS [CommunityName],
        Community.[SortOrder] AS [CommunitySortOrder],
        Filed.[IsStruckOff],
        Filed.[StruckOffDate],
        Filed.[CommitteeElectedDate]
    FROM
        [dbo].[ReturnRow] Filed
        INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[Id] = Filed.[EstateId]
        INNER JOIN [dbo].[Node] Community ON Community.[Id] = EstateNode.[ParentId]
    WHERE
        Filed.[WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        Community.[SortOrder] ASC,
        Community.[Id] ASC,
        Filed.[EstateId] ASC;
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
        B.[NodeId] ASC,
        B.[Id] ASC;
END
GO
