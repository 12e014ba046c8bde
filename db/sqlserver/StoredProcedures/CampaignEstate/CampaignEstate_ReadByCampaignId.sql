-- A campaign's list, for one sub-district or (@SubDistrictId NULL) all, removed estates only when asked, ordered
-- by estate name (Id breaks ties) as a return's rows are. Name, community, households and sub-district are the
-- registry's as they are now.
CREATE PROCEDURE [dbo].[CampaignEstate_ReadByCampaignId]
    @CampaignId BIGINT,
    @SubDistrictId BIGINT,
    @IncludeRemoved BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CE.[CampaignId],
        CE.[EstateId],
        E.[SubDistrictId],
        E.[Name] AS [EstateName],
        E.[CommunityName],
        E.[Households],
        CE.[AddedUtc],
        CE.[AddedReason],
        CE.[RemovedUtc],
        CE.[RemovedReason]
    FROM
        [dbo].[CampaignEstate] CE
        INNER JOIN [dbo].[EstateView] E ON E.[Id] = CE.[EstateId]
    WHERE
        CE.[CampaignId] = @CampaignId
        AND (@SubDistrictId IS NULL OR E.[SubDistrictId] = @SubDistrictId)
        AND (@IncludeRemoved = 1 OR CE.[RemovedUtc] IS NULL)
    ORDER BY
        E.[Name] ASC,
        CE.[EstateId] ASC
    OPTION (RECOMPILE);
END
