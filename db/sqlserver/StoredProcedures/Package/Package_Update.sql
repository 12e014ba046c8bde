-- Renames a live package and replaces its live estates if @Version is still current; otherwise raises 50409 and
-- changes nothing. Estates taken out stay as rows, no longer live.
CREATE PROCEDURE [dbo].[Package_Update]
    @Id BIGINT,
    @Name NVARCHAR (50),
    @EstateIds NVARCHAR (MAX),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package]
    SET [Name] = @Name, [Version] = [Version] + 1
    WHERE [Id] = @Id AND [Version] = @Version AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was changed by someone else since it was read.', 1;
    END

    UPDATE [dbo].[PackageEstate] SET [Live] = 0 WHERE [PackageId] = @Id AND [Live] = 1;

    UPDATE [dbo].[PackageEstate]
    SET [Live] = 1
    WHERE [PackageId] = @Id
        AND [EstateId] IN (SELECT CONVERT(BIGINT, S.[value]) FROM STRING_SPLIT(@EstateIds, N',') S WHERE LTRIM(RTRIM(S.[value])) <> N'');

    INSERT INTO [dbo].[PackageEstate] ([PackageId], [EstateId], [Live])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value]), 1
    FROM STRING_SPLIT(@EstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N''
        AND NOT EXISTS (
            SELECT 1 FROM [dbo].[PackageEstate] PE WHERE PE.[PackageId] = @Id AND PE.[EstateId] = CONVERT(BIGINT, S.[value])
        );
END
