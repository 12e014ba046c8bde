-- A weekly return without its rows, with its sub-district's name, path and sort order (the path and order for
-- scope filters and lists; the name for Core's WeeklyReturn and ReturnSummary).
CREATE VIEW [dbo].[WeeklyReturnView]
AS
SELECT
    R.[Id],
    R.[SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    R.[WeekEnding],
    R.[Status],
    R.[FirstSubmittedUtc],
    R.[LastSubmittedUtc],
    R.[SubmittedByUserId],
    R.[SubmittedByName],
    R.[ReviewedUtc],
    R.[ReviewedByUserId],
    R.[ReviewedByName],
    R.[ReviewReason],
    R.[HasBeenAccepted],
    R.[IsRestatement],
    R.[WasSentBack],
    R.[MarkedOverdueUtc],
    R.[ProgressNarrative],
    R.[ProblemsNarrative],
    R.[NextWeekPlan],
    CONVERT(BIGINT, R.[RowVersion]) AS [Version],
    SubDistrict.[Path] AS [SubDistrictPath],
    SubDistrict.[SortOrder] AS [SubDistrictSortOrder]
FROM
    [dbo].[WeeklyReturn] R
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = R.[SubDistrictId];
