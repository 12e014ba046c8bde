-- Adds a quarterly review to a live package (its version moves on; a dissolved package raises 50409); a second
-- review of the estate for the quarter is refused by IX_PackageReview_Quarter.
CREATE PROCEDURE [dbo].[PackageReview_Create]
    @PackageId BIGINT,
    @EstateId BIGINT,
    @Year INT,
    @Quarter INT,
    @Score INT,
    @Reviewer NVARCHAR (50),
    @Note NVARCHAR (500),
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

    INSERT INTO [dbo].[PackageReview] ([PackageId], [EstateId], [Year], [Quarter], [Score], [Reviewer], [Note], [RecordedUtc], [RecordedByName])
    VALUES (@PackageId, @EstateId, @Year, @Quarter, @Score, @Reviewer, @Note, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
