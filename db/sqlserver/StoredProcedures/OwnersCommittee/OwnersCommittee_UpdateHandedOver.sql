-- 换届: closes the current term on @HandedOverOn if @Version is still current and the term not handed over (the
-- caller then creates the next term in the same transaction). Otherwise raises 50409 and changes nothing.
CREATE PROCEDURE [dbo].[OwnersCommittee_UpdateHandedOver]
    @Id BIGINT,
    @HandedOverOn DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[OwnersCommittee]
    SET
        [HandedOverOn] = @HandedOverOn
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [HandedOverOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The committee was changed or handed over by someone else since it was read.', 1;
    END
END
