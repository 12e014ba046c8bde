-- Adds a daily-supervision record to a live package (its version moves on; a dissolved package raises 50409).
CREATE PROCEDURE [dbo].[PackageSupervision_Create]
    @PackageId BIGINT,
    @EstateId BIGINT,
    @Date DATE,
    @Inspector NVARCHAR (50),
    @ProblemFound BIT,
    @Finding NVARCHAR (500),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE [dbo].[Package] SET [Version] = [Version] + 1 WHERE [Id] = @PackageId AND [DissolvedOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The package was dissolved or changed since it was read.', 1;
    END

    INSERT INTO [dbo].[PackageSupervision] ([PackageId], [EstateId], [Date], [Inspector], [ProblemFound], [Finding], [RecordedUtc], [RecordedByName])
    VALUES (@PackageId, @EstateId, @Date, @Inspector, @ProblemFound, @Finding, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
