-- A supervision order with its sub-district's name and path, and its row version as a BIGINT [Version].
CREATE VIEW [dbo].[SupervisionOrderView]
AS
SELECT
    O.[Id],
    O.[SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    O.[WeekEnding],
    O.[Reason],
    O.[RaisedUtc],
    O.[ClosedUtc],
    O.[CloseNote],
    O.[ClosedByName],
    CONVERT(BIGINT, O.[RowVersion]) AS [Version],
    SubDistrict.[Path] AS [SubDistrictPath]
FROM
    [dbo].[SupervisionOrder] O
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = O.[SubDistrictId];
