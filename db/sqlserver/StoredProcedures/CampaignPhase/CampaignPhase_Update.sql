-- Sets one phase of a campaign: replaces it, or inserts it when the campaign has none of that kind (UPDLOCK,
-- HOLDLOCK: two admins saving at once do not both insert). The dates are PhaseService's rules (Core).
CREATE PROCEDURE [dbo].[CampaignPhase_Update]
    @CampaignId BIGINT,
    @Kind INT,
    @StartDate DATE,
    @EndDate DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CampaignPhase] WITH (UPDLOCK, HOLDLOCK)
    SET
        [StartDate] = @StartDate,
        [EndDate] = @EndDate
    WHERE
        [CampaignId] = @CampaignId
        AND [Kind] = @Kind;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[CampaignPhase] ([CampaignId], [Kind], [StartDate], [EndDate])
        VALUES (@CampaignId, @Kind, @StartDate, @EndDate);
    END
END
