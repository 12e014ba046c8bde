-- Adds a cost line; returns its id.
CREATE PROCEDURE [dbo].[CostItem_Create]
    @ProjectId BIGINT,
    @Year INT,
    @Category INT,
    @Amount DECIMAL (18, 2),
    @IsFinalAccount BIT,
    @Hardship INT,
    @HardshipDecidedDate DATE,
    @HardshipNote NVARCHAR (200),
    @Description NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[CostItem] ([ProjectId], [Year], [Category], [Amount], [IsFinalAccount], [Hardship], [HardshipDecidedDate], [HardshipNote], [Description])
    VALUES (@ProjectId, @Year, @Category, @Amount, @IsFinalAccount, @Hardship, @HardshipDecidedDate, @HardshipNote, @Description);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
