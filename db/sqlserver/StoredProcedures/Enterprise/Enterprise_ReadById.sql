-- One enterprise with its version as a BIGINT [Version], or no row.
CREATE PROCEDURE [dbo].[Enterprise_ReadById]
    @Id BIGINT
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
        [Id] = @Id;
END
