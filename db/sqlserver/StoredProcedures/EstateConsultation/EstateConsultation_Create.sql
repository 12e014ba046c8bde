-- The estate's first consultation row. A row that someone else created since the caller read "none" raises 50409
-- (the caller's form is stale); an unknown estate is the foreign key's (547).
CREATE PROCEDURE [dbo].[EstateConsultation_Create]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE,
    @StartDate DATE,
    @EndDate DATE,
    @Households INT,
    @BallotsReturned INT,
    @VotesForProfessional INT,
    @VotesForCommunityBased INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF EXISTS (SELECT 1 FROM [dbo].[EstateConsultation] WITH (UPDLOCK, HOLDLOCK) WHERE [EstateId] = @EstateId)
    BEGIN
        THROW 50409, N'The consultation was recorded by someone else since it was read.', 1;
    END

    INSERT INTO [dbo].[EstateConsultation] (
        [EstateId], [WorksAcceptedOn], [StartDate], [EndDate], [Households], [BallotsReturned],
        [VotesForProfessional], [VotesForCommunityBased]
    )
    VALUES (
        @EstateId, @WorksAcceptedOn, @StartDate, @EndDate, @Households, @BallotsReturned,
        @VotesForProfessional, @VotesForCommunityBased
    );
END
