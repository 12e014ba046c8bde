-- Saves a cost line's amount, final-account flag, description and hardship application if @Version is still
-- current; otherwise raises 50409 and changes nothing.
CREATE PROCEDURE [dbo].[CostItem_Update]
    @Id BIGINT,
    @Amount DECIMAL (18, 2),
    @IsFinalAccount BIT,
    @Hardship INT,
    @HardshipDecidedDate DATE,
    @HardshipNote NVARCHAR (200),
    @Description NVARCHAR (200),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CostItem]
    SET
        [Amount] = @Amount,
        [IsFinalAccount] = @IsFinalAccount,
        [Hardship] = @Hardship,
        [HardshipDecidedDate] = @HardshipDecidedDate,
        [HardshipNote] = @HardshipNote,
        [Description] = @Description
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The cost line was changed by someone else since it was read.', 1;
    END
END
