-- Retires or reinstates a node if @Version is still current; otherwise raises 50409 and changes nothing.
CREATE PROCEDURE [dbo].[Node_UpdateRetired]
    @Id BIGINT,
    @IsRetired BIT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Node]
    SET
        [IsRetired] = @IsRetired
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END
END
