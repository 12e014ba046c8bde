-- Records the day a contract ended early if @Version is still current; a stale version or no such row raises 50409 and
-- nothing is changed (which day may be chosen is ContractService's rule, Core).
CREATE PROCEDURE [dbo].[ServiceContract_UpdateEnd]
    @Id BIGINT,
    @EndedOn DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[ServiceContract]
    SET
        [EndedOn] = @EndedOn
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The contract was changed by someone else since it was read.', 1;
    END
END
