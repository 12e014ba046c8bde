-- The estate's first consultation row. An unknown estate raises 50400; a row that someone else created since the
-- caller read "none" raises 50409 (the caller's form is stale).
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

    IF NOT EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @EstateId)
    BEGIN
        THROW 50400, N'No such estate.', 1;
    END

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
