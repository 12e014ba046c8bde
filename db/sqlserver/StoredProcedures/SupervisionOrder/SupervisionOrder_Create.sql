-- Raises a supervision order. The deadline job's ([Origin] 1) only unless the sub-district already has one for that
-- week, in one statement (UPDLOCK, HOLDLOCK: a retried job waits for the first, then finds its order); one raised by
-- hand ([Origin] 2, issue 16) always, several a week being fine. Returns the new id, or NULL when nothing was raised.
-- That orders are raised on sub-districts, and what one by hand must say, is SupervisionService's rule (Core); an
-- unknown node is the foreign key's to refuse.
CREATE PROCEDURE [dbo].[SupervisionOrder_Create]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @Reason NVARCHAR (MAX),
    @RaisedUtc DATETIME2 (7),
    @Origin INT,
    @SubjectKind INT,
    @SubjectId BIGINT,
    @RequiredAction NVARCHAR (MAX),
    @Deadline DATE,
    @RaisedByName NVARCHAR (100),
    @Status INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[SupervisionOrder] (
        [SubDistrictId], [WeekEnding], [Reason], [RaisedUtc], [Origin], [SubjectKind], [SubjectId], [RequiredAction],
        [Deadline], [RaisedByName], [Status]
    )
    SELECT
        @SubDistrictId,
        @WeekEnding,
        @Reason,
        @RaisedUtc,
        @Origin,
        @SubjectKind,
        @SubjectId,
        @RequiredAction,
        @Deadline,
        @RaisedByName,
        @Status
    WHERE
        @Origin <> 1
        OR NOT EXISTS (
            SELECT 1
            FROM [dbo].[SupervisionOrder] WITH (UPDLOCK, HOLDLOCK)
            WHERE [SubDistrictId] = @SubDistrictId AND [WeekEnding] = @WeekEnding AND [Origin] = 1
        );

    DECLARE @Raised INT = @@ROWCOUNT;

    SELECT CASE WHEN @Raised = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
