-- The rows of one return, ordered by estate name (EstateId breaks ties).
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
        [EstateName] ASC,
        [EstateId] ASC;
END
