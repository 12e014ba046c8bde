-- The whole register by name, each row's version as a BIGINT [Version] (searched and paged in Core: some hundreds of rows).
CREATE PROCEDURE [dbo].[Enterprise_ReadAll]
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
    ORDER BY
        [Name] ASC,
        [Id] ASC;
END
