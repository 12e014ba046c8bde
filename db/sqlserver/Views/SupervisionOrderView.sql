-- A supervision order with its sub-district's name and path, its row version as a BIGINT [Version], and for an order on
-- an estate the estate's name as [SubjectName].
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
    SubDistrict.[Path] AS [SubDistrictPath],
    O.[Origin],
    O.[SubjectKind],
    O.[SubjectId],
    Subject.[Name] AS [SubjectName],
    O.[RequiredAction],
    O.[Deadline],
    O.[RaisedByName],
    O.[Status],
    O.[Answer],
    O.[AnsweredUtc],
    O.[AnsweredByName],
    O.[SendBackReason],
    O.[SentBackUtc],
    O.[EscalationLevel],
    O.[EscalatedUtc]
FROM
    [dbo].[SupervisionOrder] O
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = O.[SubDistrictId]
    LEFT OUTER JOIN [dbo].[Node] Subject ON O.[SubjectKind] = 2 AND Subject.[Id] = O.[SubjectId];
