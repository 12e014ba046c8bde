-- Dissolves a live package at @Version (otherwise 50409): its memberships end, kept as rows.
CREATE PROCEDURE [dbo].[Package_UpdateDissolved]
    @Id BIGINT,
    @DissolvedOn DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package]
    SET [DissolvedOn] = @DissolvedOn, [Version] = [Version] + 1
    WHERE [Id] = @Id AND [Version] = @Version AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was changed by someone else since it was read.', 1;
    END

    UPDATE [dbo].[PackageEstate] SET [Live] = 0 WHERE [PackageId] = @Id;
END
