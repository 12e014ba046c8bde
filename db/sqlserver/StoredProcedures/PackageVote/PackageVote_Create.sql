-- Adds the renewal vote of a tender to a live package (its version moves on; a dissolved package raises 50409); a
-- second vote on the tender is refused by IX_PackageVote_TenderId.
CREATE PROCEDURE [dbo].[PackageVote_Create]
    @PackageId BIGINT,
    @TenderId BIGINT,
    @Date DATE,
    @Households INT,
    @BallotsReturned INT,
    @VotesForRenewal INT,
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

    INSERT INTO [dbo].[PackageVote] ([PackageId], [TenderId], [Date], [Households], [BallotsReturned], [VotesForRenewal], [RecordedUtc], [RecordedByName])
    VALUES (@PackageId, @TenderId, @Date, @Households, @BallotsReturned, @VotesForRenewal, @RecordedUtc, @RecordedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
