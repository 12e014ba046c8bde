-- The enterprise holding a credit code (compared by the column's collation, as the unique key does), or no row.
CREATE PROCEDURE [dbo].[Enterprise_ReadByCreditCode]
    @CreditCode NVARCHAR (18)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Name],
        [CreditCode],
        [IsStateOwned],
        [ContactName],
        [ContactPhone],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[Enterprise]
    WHERE
        [CreditCode] = @CreditCode;
END
