-- A campaign's phases in their order.
CREATE PROCEDURE [dbo].[CampaignPhase_ReadByCampaignId]
    @CampaignId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[CampaignId],
        P.[Kind],
        P.[StartDate],
        P.[EndDate]
    FROM
        [dbo].[CampaignPhase] P
    WHERE
        P.[CampaignId] = @CampaignId
    ORDER BY
        P.[Kind] ASC;
END
