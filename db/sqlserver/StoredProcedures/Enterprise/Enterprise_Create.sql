-- Adds an enterprise to the register; returns its id. A code on the register already is the unique key's to refuse (2627).
CREATE PROCEDURE [dbo].[Enterprise_Create]
    @Name NVARCHAR (100),
    @CreditCode NVARCHAR (18),
    @IsStateOwned BIT,
    @ContactName NVARCHAR (50),
    @ContactPhone NVARCHAR (30)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Enterprise] ([Name], [CreditCode], [IsStateOwned], [ContactName], [ContactPhone])
    VALUES (@Name, @CreditCode, @IsStateOwned, @ContactName, @ContactPhone);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
