-- Raises a supervision order unless the sub-district already has one for that week, in one statement (UPDLOCK,
-- HOLDLOCK: a retried job waits for the first, then finds its order). Returns the new id, or NULL when nothing was
-- raised. That orders are raised on sub-districts is SupervisionService's rule (Core); an unknown node is the foreign
-- key's to refuse.
CREATE PROCEDURE [dbo].[SupervisionOrder_Create]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @Reason NVARCHAR (MAX),
    @RaisedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[SupervisionOrder] ([SubDistrictId], [WeekEnding], [Reason], [RaisedUtc])
    SELECT
        @SubDistrictId,
        @WeekEnding,
        @Reason,
        @RaisedUtc
    WHERE
        NOT EXISTS (
            SELECT 1
            FROM [dbo].[SupervisionOrder] WITH (UPDLOCK, HOLDLOCK)
            WHERE [SubDistrictId] = @SubDistrictId AND [WeekEnding] = @WeekEnding
        );

    DECLARE @Raised INT = @@ROWCOUNT;

    SELECT CASE WHEN @Raised = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
