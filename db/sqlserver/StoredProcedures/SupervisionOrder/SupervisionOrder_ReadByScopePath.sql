-- Orders of the sub-districts under @ScopePath (open ones only when asked): open first, then newest raised first
-- (Id breaks ties). An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[SupervisionOrder_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @OpenOnly BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version],
        [Origin],
        [SubjectKind],
        [SubjectId],
        [SubjectName],
        [RequiredAction],
        [Deadline],
        [RaisedByName],
        [Status],
        [Answer],
        [AnsweredUtc],
        [AnsweredByName],
        [SendBackReason],
        [SentBackUtc],
        [EscalationLevel],
        [EscalatedUtc]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        @ScopePath <> N''
        AND [SubDistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND (@OpenOnly = 0 OR [ClosedUtc] IS NULL)
    ORDER BY
        CASE WHEN [ClosedUtc] IS NULL THEN 0 ELSE 1 END ASC,
        [RaisedUtc] DESC,
        [Id] DESC
    OPTION (RECOMPILE);
END
