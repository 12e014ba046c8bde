-- Writes an open order's answer, send-back and escalation if @Version is still current. A stale version, no such order
-- or one already closed raises 50409 and nothing is changed (what may change when is SupervisionService's rule, Core).
CREATE PROCEDURE [dbo].[SupervisionOrder_UpdateState]
    @Id BIGINT,
    @Status INT,
    @Answer NVARCHAR (MAX),
    @AnsweredUtc DATETIME2 (7),
    @AnsweredByName NVARCHAR (100),
    @SendBackReason NVARCHAR (MAX),
    @SentBackUtc DATETIME2 (7),
    @EscalationLevel INT,
    @EscalatedUtc DATETIME2 (7),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[SupervisionOrder]
    SET
        [Status] = @Status,
        [Answer] = @Answer,
        [AnsweredUtc] = @AnsweredUtc,
        [AnsweredByName] = @AnsweredByName,
        [SendBackReason] = @SendBackReason,
        [SentBackUtc] = @SentBackUtc,
        [EscalationLevel] = @EscalationLevel,
        [EscalatedUtc] = @EscalatedUtc
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [ClosedUtc] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The supervision order was changed or closed by someone else since it was read.', 1;
    END
END
