-- 换届: closes the current term on @HandedOverOn if @Version is still current (the caller then creates the next
-- term in the same transaction). A stale version raises 50409; a term already handed over raises 50400.
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
        IF EXISTS (SELECT 1 FROM [dbo].[OwnersCommittee] WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
        BEGIN
            THROW 50400, N'The committee has already been handed over.', 1;
        END
        ELSE
        BEGIN
            THROW 50409, N'The committee was changed by someone else since it was read.', 1;
        END
    END
END
