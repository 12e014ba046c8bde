-- The returns of the sub-districts under @ScopePath for weeks in [@From, @To], without rows: newest week first,
-- then the sub-districts in hierarchy order. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[WeeklyReturn_ReadSummariesByScopePath]
    @ScopePath NVARCHAR (200),
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [ReviewedUtc],
        [IsRestatement],
        [WasSentBack],
        [MarkedOverdueUtc]
    FROM
        [dbo].[WeeklyReturnView]
    WHERE
        @ScopePath <> N''
        AND [SubDistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [WeekEnding] BETWEEN @From AND @To
    ORDER BY
        [WeekEnding] DESC,
        [SubDistrictSortOrder] ASC,
        [SubDistrictName] ASC,
        [SubDistrictId] ASC;
END
