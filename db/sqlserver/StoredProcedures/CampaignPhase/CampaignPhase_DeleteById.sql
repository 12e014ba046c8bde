-- Removes one phase of a campaign. Returns 1 when it was set, 0 otherwise.
CREATE PROCEDURE [dbo].[CampaignPhase_DeleteById]
    @CampaignId BIGINT,
    @Kind INT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[CampaignPhase]
    WHERE
        [CampaignId] = @CampaignId
        AND [Kind] = @Kind;

    SELECT @@ROWCOUNT AS [Deleted];
END
