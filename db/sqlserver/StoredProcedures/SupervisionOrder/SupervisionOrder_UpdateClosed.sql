-- Closes an open order with a note if @Version is still current. A stale version, no such order or one already closed
-- raises 50409 and nothing is changed (that only an open order is closed is SupervisionService's rule, Core).
CREATE PROCEDURE [dbo].[SupervisionOrder_UpdateClosed]
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
