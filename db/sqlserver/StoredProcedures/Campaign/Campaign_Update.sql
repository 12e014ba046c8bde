-- Updates the name, target date and deadline rule if @Version is still current; otherwise raises 50409 and
-- changes nothing. The district and start date are fixed at creation (the baseline was taken then).
CREATE PROCEDURE [dbo].[Campaign_Update]
    @Id BIGINT,
    @Name NVARCHAR (200),
    @TargetDate DATE,
    @DeadlineDay INT,
    @DeadlineTime TIME (0),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Campaign]
    SET
        [Name] = @Name,
        [TargetDate] = @TargetDate,
        [DeadlineDay] = @DeadlineDay,
        [DeadlineTime] = @DeadlineTime
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The campaign was changed by someone else since it was read.', 1;
    END
END
