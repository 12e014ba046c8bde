-- The plan rows of estates still on a campaign's list, for one sub-district or (@SubDistrictId NULL) all, each with its
-- sub-district (the estate's community's parent) and the registry's strike-off date.
CREATE PROCEDURE [dbo].[CoveragePlan_ReadByCampaignId]
    @CampaignId BIGINT,
    @SubDistrictId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[CampaignId],
        P.[EstateId],
        C.[ParentId] AS [SubDistrictId],
        P.[PlannedMode],
        P.[PlannedDate],
        E.[StruckOffDate],
        P.[UpdatedUtc]
    FROM
        [dbo].[CoveragePlan] P
        INNER JOIN [dbo].[CampaignEstate] CE ON CE.[CampaignId] = P.[CampaignId] AND CE.[EstateId] = P.[EstateId]
        INNER JOIN [dbo].[Estate] E ON E.[Id] = P.[EstateId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = P.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
    WHERE
        P.[CampaignId] = @CampaignId
        AND CE.[RemovedUtc] IS NULL
        AND (@SubDistrictId IS NULL OR C.[ParentId] = @SubDistrictId)
    ORDER BY
        P.[EstateId] ASC
    OPTION (RECOMPILE);
END
