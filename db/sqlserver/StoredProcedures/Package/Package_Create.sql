-- Adds a package and its live estates (@EstateIds "12,15"); returns its id. Which estates may be packaged is
-- PackageService's rule (Core); an estate in another live package is refused by IX_PackageEstate_EstateId_Live.
CREATE PROCEDURE [dbo].[Package_Create]
    @SubDistrictId BIGINT,
    @Name NVARCHAR (50),
    @CreatedOn DATE,
    @EstateIds NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Package] ([SubDistrictId], [Name], [CreatedOn], [DissolvedOn], [Version])
    VALUES (@SubDistrictId, @Name, @CreatedOn, NULL, 1);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[PackageEstate] ([PackageId], [EstateId], [Live])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value]), 1
    FROM STRING_SPLIT(@EstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';

    SELECT @Id AS [Id];
END
