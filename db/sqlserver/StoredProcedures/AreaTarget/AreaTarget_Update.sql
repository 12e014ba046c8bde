-- Changes a target's area if @Version is still current; otherwise raises 50409 and changes nothing. The audit of the
-- change is built in Core from the target it read.
CREATE PROCEDURE [dbo].[AreaTarget_Update]
    @Id BIGINT,
    @TargetArea DECIMAL (18, 2),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[AreaTarget]
    SET
        [TargetArea] = @TargetArea
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The area target was changed by someone else since it was read.', 1;
    END
END
