-- 2026-12-04_12_SupervisionRulesInCore: that orders are raised on sub-districts, and only an open order is closed, is
-- SupervisionService's rule (Core) now; the procedures keep the one-per-week key, the foreign key and the version.
-- CREATE OR ALTER: re-runnable.

-- Raises a supervision order unless the sub-district already has one for that week, in one statement (UPDLOCK,
-- HOLDLOCK: a retried job waits for the first, then finds its order). Returns the new id, or NULL when nothing was
-- raised. That orders are raised on sub-districts is SupervisionService's rule (Core); an unknown node is the foreign
-- key's to refuse.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_Create]
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
GO

-- Closes an open order with a note if @Version is still current. A stale version, no such order or one already closed
-- raises 50409 and nothing is changed (that only an open order is closed is SupervisionService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_UpdateClosed]
    @Id BIGINT,
    @ClosedUtc DATETIME2 (7),
    @CloseNote NVARCHAR (MAX),
    @ClosedByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[SupervisionOrder]
    SET
        [ClosedUtc] = @ClosedUtc,
        [CloseNote] = @CloseNote,
        [ClosedByName] = @ClosedByName
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [ClosedUtc] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The supervision order was changed or closed by someone else since it was read.', 1;
    END
END
GO
