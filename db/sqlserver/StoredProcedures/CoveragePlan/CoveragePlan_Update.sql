-- Sets one estate's plan row: replaces it, or inserts it (UPDLOCK, HOLDLOCK: two saves at once do not both insert).
-- The dates are PlanService's rules (Core); an estate not on the campaign's list breaks the foreign key (547).
CREATE PROCEDURE [dbo].[CoveragePlan_Update]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @PlannedMode INT,
    @PlannedDate DATE,
    @UpdatedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CoveragePlan] WITH (UPDLOCK, HOLDLOCK)
    SET
        [PlannedMode] = @PlannedMode,
        [PlannedDate] = @PlannedDate,
        [UpdatedUtc] = @UpdatedUtc
    WHERE
        [CampaignId] = @CampaignId
        AND [EstateId] = @EstateId;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[CoveragePlan] ([CampaignId], [EstateId], [PlannedMode], [PlannedDate], [UpdatedUtc])
        VALUES (@CampaignId, @EstateId, @PlannedMode, @PlannedDate, @UpdatedUtc);
    END
END
