-- Writes an item's status, unit and times if @Version is still current; a stale version or no such item raises 50409
-- and nothing is changed (what may change when is CoordinationService's rule, Core).
CREATE PROCEDURE [dbo].[CoordinationItem_Update]
    @Id BIGINT,
    @Status INT,
    @MemberUnitId BIGINT,
    @AssignedUtc DATETIME2 (7),
    @ClosedUtc DATETIME2 (7),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CoordinationItem]
    SET
        [Status] = @Status,
        [MemberUnitId] = @MemberUnitId,
        [AssignedUtc] = @AssignedUtc,
        [ClosedUtc] = @ClosedUtc
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The coordination item was changed by someone else since it was read.', 1;
    END
END
