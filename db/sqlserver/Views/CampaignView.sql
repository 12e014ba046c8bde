-- A campaign as Core's Campaign sees it, with the path of its district for scope and containment tests.
CREATE VIEW [dbo].[CampaignView]
AS
SELECT
    C.[Id],
    C.[DistrictId],
    C.[Name],
    C.[StartDate],
    C.[TargetDate],
    C.[DeadlineDay],
    C.[DeadlineTime],
    CONVERT(BIGINT, C.[RowVersion]) AS [Version],
    District.[Path] AS [DistrictPath]
FROM
    [dbo].[Campaign] C
    INNER JOIN [dbo].[Node] District ON District.[Id] = C.[DistrictId];
