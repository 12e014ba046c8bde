-- Writes an enterprise's name, code, ownership and contact if @Version is still current; a stale version or no such row
-- raises 50409 and nothing is changed (what may change is EnterpriseService's rule, Core).
CREATE PROCEDURE [dbo].[Enterprise_Update]
    @Id BIGINT,
    @Name NVARCHAR (100),
    @CreditCode NVARCHAR (18),
    @IsStateOwned BIT,
    @ContactName NVARCHAR (50),
    @ContactPhone NVARCHAR (30),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Enterprise]
    SET
        [Name] = @Name,
        [CreditCode] = @CreditCode,
        [IsStateOwned] = @IsStateOwned,
        [ContactName] = @ContactName,
        [ContactPhone] = @ContactPhone
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The enterprise was changed by someone else since it was read.', 1;
    END
END
