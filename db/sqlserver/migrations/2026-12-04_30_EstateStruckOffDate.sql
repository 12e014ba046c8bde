-- 2026-12-04_30_EstateStruckOffDate: the registry becomes the home of "struck off and when" (README, "Where each fact
-- lives"). An accepted return writes the date with the status, mode and six haves (Estate_UpdateStrikeOff, which no
-- longer reads back nor refuses: Core decides and audits); the next return is pre-filled from the registry
-- (Estate_ReadRegistryFactsBySubDistrictId). Re-runnable.

IF COL_LENGTH(N'[dbo].[Estate]', N'StruckOffDate') IS NULL
BEGIN
    ALTER TABLE [dbo].[Estate] ADD [StruckOffDate] DATE NULL;
END
GO

-- Existing databases: the date of the newest accepted row of each estate the registry shows as managed.
UPDATE
    [dbo].[Estate]
SET
    [StruckOffDate] = (
        SELECT TOP (1)
            CASE WHEN RR.[IsStruckOff] = 1 THEN RR.[StruckOffDate] END
        FROM
            [dbo].[ReturnRow] RR
            INNER JOIN [dbo].[WeeklyReturn] R ON R.[Id] = RR.[WeeklyReturnId]
        WHERE
            RR.[EstateId] = [dbo].[Estate].[Id]
            AND R.[Status] = 4
        ORDER BY
            R.[WeekEnding] DESC)
WHERE
    [Status] <> 3
    AND [StruckOffDate] IS NULL;
GO

-- An accepted return writes the registry facts Core decided for an estate (销号, its withdrawal, the mode and six haves
-- the return stated): status, mode, six haves and the strike-off date, which moves its version (an open registry form
-- of it becomes stale, as it should). The audit comes from Core with the call; the count
-- updated (0: no such estate) lets the caller roll back. No version check: the reviewer
-- accepting the return never read the estate's.
CREATE OR ALTER PROCEDURE [dbo].[Estate_UpdateStrikeOff]
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
GO

-- The registry facts a weekly return shows pre-filled (status, mode, six haves, strike-off date) of every live estate
-- of one sub-district.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadRegistryFactsBySubDistrictId]
    @SubDistrictId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        E.[Id] AS [EstateId],
        E.[Status],
        E.[Mode],
        E.[SixHaves],
        E.[StruckOffDate]
    FROM
        [dbo].[Node] Community
        INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[ParentId] = Community.[Id]
        INNER JOIN [dbo].[Estate] E ON E.[Id] = EstateNode.[Id]
    WHERE
        Community.[ParentId] = @SubDistrictId
        AND EstateNode.[IsRetired] = 0;
END
GO
