-- 0010_EstateStruckOffDate: the registry becomes the home of "struck off and when" (README, "Where each fact lives").
-- An accepted return writes the date here with the status, mode and six haves, and the next return is pre-filled from
-- it, so a restatement of an older week can no longer be undone by a newer week's frozen rows.
ALTER TABLE Estate ADD COLUMN StruckOffDate TEXT NULL;

-- Existing databases: the date of the newest accepted row of each estate the registry shows as managed.
UPDATE Estate
SET StruckOffDate = (
    SELECT CASE WHEN rr.IsStruckOff = 1 THEN rr.StruckOffDate END
    FROM ReturnRow rr
    JOIN WeeklyReturn r ON r.Id = rr.WeeklyReturnId
    WHERE rr.EstateId = Estate.Id AND r.Status = 4
    ORDER BY r.WeekEnding DESC
    LIMIT 1)
WHERE Status <> 3;
