CREATE PROCEDURE [dbo].[SupervisionOrder_ReadById]
    @Id BIGINT
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
        [Id] = @Id;
END
