-- The rows of one return in estate id order; the repository puts them in name order by Core's NameKey, the same as
-- SQLite's (a sort by name here went by pinyin, there by code point).
CREATE PROCEDURE [dbo].[ReturnRow_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [WeeklyReturnId],
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    FROM
        [dbo].[ReturnRow]
    WHERE
        [WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        [EstateId] ASC;
END
