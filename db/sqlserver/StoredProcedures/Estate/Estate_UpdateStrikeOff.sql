-- An accepted return writes the registry facts Core decided for an estate (销号, its withdrawal, the mode and six haves
-- the return stated): status, mode, six haves and the strike-off date, which moves its version (an open registry form
-- of it becomes stale, as it should). The audit comes from Core with the call; the count
-- updated (0: no such estate) lets the caller roll back. No version check: the reviewer
-- accepting the return never read the estate's.
CREATE PROCEDURE [dbo].[Estate_UpdateStrikeOff]
    @Id BIGINT,
    @Status INT,
    @Mode INT,
    @SixHaves INT,
    @StruckOffDate DATE
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[Estate]
    SET
        [Status] = @Status,
        [Mode] = @Mode,
        [SixHaves] = @SixHaves,
        [StruckOffDate] = @StruckOffDate
    WHERE
        [Id] = @Id;

    SELECT
        @@ROWCOUNT AS [Updated];
END
