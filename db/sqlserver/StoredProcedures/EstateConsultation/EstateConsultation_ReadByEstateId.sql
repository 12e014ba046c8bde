CREATE PROCEDURE [dbo].[EstateConsultation_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [WorksAcceptedOn],
        [StartDate],
        [EndDate],
        [Households],
        [BallotsReturned],
        [VotesForProfessional],
        [VotesForCommunityBased],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[EstateConsultation]
    WHERE
        [EstateId] = @EstateId;
END
