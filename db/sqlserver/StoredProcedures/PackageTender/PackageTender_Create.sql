-- Adds a tender to a live package (its version moves on; a dissolved package raises 50409); returns the id.
CREATE PROCEDURE [dbo].[PackageTender_Create]
    @PackageId BIGINT,
    @Date DATE,
    @Bidders NVARCHAR (2100),
    @WinnerName NVARCHAR (100),
    @WinnerEnterpriseId BIGINT,
    @Price DECIMAL (18, 2),
    @TermStart DATE,
    @TermEnd DATE,
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

    INSERT INTO [dbo].[PackageTender] (
        [PackageId], [Date], [Bidders], [WinnerName], [WinnerEnterpriseId], [Price], [TermStart], [TermEnd], [RecordedUtc], [RecordedByName]
    )
    VALUES (
        @PackageId, @Date, @Bidders, @WinnerName, @WinnerEnterpriseId, @Price, @TermStart, @TermEnd, @RecordedUtc, @RecordedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
