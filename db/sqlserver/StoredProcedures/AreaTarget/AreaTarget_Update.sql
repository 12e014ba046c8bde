-- Changes a target's area if @Version is still current and returns the area it had; otherwise raises 50409 and
-- changes nothing.
CREATE PROCEDURE [dbo].[AreaTarget_Update]
    @Id BIGINT,
    @TargetArea DECIMAL (18, 2),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @Old TABLE ([TargetArea] DECIMAL (18, 2) NOT NULL);

    UPDATE
        [dbo].[AreaTarget]
    SET
        [TargetArea] = @TargetArea
    OUTPUT
        DELETED.[TargetArea] INTO @Old
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The area target was changed by someone else since it was read.', 1;
    END

    SELECT [TargetArea] FROM @Old;
END
