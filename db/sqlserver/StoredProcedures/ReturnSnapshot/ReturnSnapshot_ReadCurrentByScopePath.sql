-- The current (newest) snapshot of each return of the sub-districts under @ScopePath for weeks in [@From, @To]:
-- one per sub-district and week, since a return is unique per sub-district and week. Ordered by week, then the
-- sub-districts in hierarchy order. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[ReturnSnapshot_ReadCurrentByScopePath]
    @ScopePath NVARCHAR (200),
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        S.[Id],
        S.[WeeklyReturnId],
        S.[SubDistrictId],
        S.[SubDistrictName],
        S.[WeekEnding],
        S.[AcceptedUtc],
        S.[IsRestatement],
        S.[WasOnTime],
        S.[Baseline],
        S.[Covered],
        S.[Remaining],
        S.[PercentCleared],
        S.[NewlyCovered],
        S.[CommitteesFormed],
        S.[HouseholdsCovered],
        S.[CoveredEstateIds]
    FROM
        (
            SELECT
                Frozen.[Id],
                Frozen.[WeeklyReturnId],
                Frozen.[SubDistrictId],
                Frozen.[SubDistrictName],
                Frozen.[WeekEnding],
                Frozen.[AcceptedUtc],
                Frozen.[IsRestatement],
                Frozen.[WasOnTime],
                Frozen.[Baseline],
                Frozen.[Covered],
                Frozen.[Remaining],
                Frozen.[PercentCleared],
                Frozen.[NewlyCovered],
                Frozen.[CommitteesFormed],
                Frozen.[HouseholdsCovered],
                Frozen.[CoveredEstateIds],
                SubDistrict.[SortOrder] AS [SubDistrictSortOrder],
                ROW_NUMBER() OVER (
                    PARTITION BY Frozen.[WeeklyReturnId]
                    ORDER BY Frozen.[AcceptedUtc] DESC, Frozen.[Id] DESC
                ) AS [Newness]
            FROM
                [dbo].[ReturnSnapshot] Frozen
                INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = Frozen.[SubDistrictId]
            WHERE
                @ScopePath <> N''
                AND SubDistrict.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
                AND Frozen.[WeekEnding] BETWEEN @From AND @To
        ) S
    WHERE
        S.[Newness] = 1
    ORDER BY
        S.[WeekEnding] ASC,
        S.[SubDistrictSortOrder] ASC,
        S.[SubDistrictName] ASC,
        S.[SubDistrictId] ASC;
END
