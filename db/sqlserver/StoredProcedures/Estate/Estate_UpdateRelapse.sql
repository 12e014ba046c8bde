-- A failed look-back puts the estate back on the list (返潮): status, mode and six haves as Core decided, no strike-off
-- date. Only while the registry still holds the strike-off dated @StruckOffDate that the look-back checked; the count
-- updated (0: changed meanwhile, or no such estate) lets the caller roll back as a conflict. The audit comes from Core.
CREATE PROCEDURE [dbo].[Estate_UpdateRelapse]
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
        [StruckOffDate] = NULL
    WHERE
        [Id] = @Id
        AND [StruckOffDate] = @StruckOffDate;

    SELECT
        @@ROWCOUNT AS [Updated];
END
