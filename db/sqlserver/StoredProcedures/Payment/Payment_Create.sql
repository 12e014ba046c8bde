-- Records a payment; returns its id.
CREATE PROCEDURE [dbo].[Payment_Create]
    @ProjectId BIGINT,
    @Payer INT,
    @Amount DECIMAL (18, 2),
    @PaidDate DATE,
    @Reference NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[Payment] ([ProjectId], [Payer], [Amount], [PaidDate], [Reference])
    VALUES (@ProjectId, @Payer, @Amount, @PaidDate, @Reference);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
