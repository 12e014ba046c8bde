-- Updates the consultation if @Version is still current; a stale version (or no row) raises 50409, changing nothing.
CREATE PROCEDURE [dbo].[EstateConsultation_Update]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE,
    @StartDate DATE,
    @EndDate DATE,
    @Households INT,
    @BallotsReturned INT,
    @VotesForProfessional INT,
    @VotesForCommunityBased INT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[EstateConsultation]
    SET
        [WorksAcceptedOn] = @WorksAcceptedOn,
        [StartDate] = @StartDate,
        [EndDate] = @EndDate,
        [Households] = @Households,
        [BallotsReturned] = @BallotsReturned,
        [VotesForProfessional] = @VotesForProfessional,
        [VotesForCommunityBased] = @VotesForCommunityBased
    WHERE
        [EstateId] = @EstateId
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The consultation was changed by someone else since it was read.', 1;
    END
END
