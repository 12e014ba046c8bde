-- Closes an open order with a note if @Version is still current. A stale version (or no such order) raises 50409;
-- an order already closed raises 50400. Nothing is changed then.
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
        -- THROW must follow a terminated statement: each sits alone in its own BEGIN … END.
        IF EXISTS (SELECT 1 FROM [dbo].[SupervisionOrder] WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
        BEGIN
            THROW 50400, N'The supervision order is already closed.', 1;
        END
        ELSE
        BEGIN
            THROW 50409, N'The supervision order was changed by someone else since it was read.', 1;
        END
    END
END
