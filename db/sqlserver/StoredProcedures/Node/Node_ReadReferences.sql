-- What refers to a node, one flag per table that can, and whether its audit trail holds more than its creation (of
-- the node or of its estate). Core's NodeHistory decides what counts as history; this only reports.
CREATE PROCEDURE [dbo].[Node_ReadReferences]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[Node] WHERE [ParentId] = @Id) THEN 1 ELSE 0 END) AS [HasChildren],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @Id) THEN 1 ELSE 0 END) AS [IsEstate],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[User] WHERE [ScopeNodeId] = @Id) THEN 1 ELSE 0 END) AS [HasUsers],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[Campaign] WHERE [DistrictId] = @Id) THEN 1 ELSE 0 END) AS [HasCampaigns],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[CampaignEstate] WHERE [EstateId] = @Id) THEN 1 ELSE 0 END) AS [OnCampaignList],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[WeeklyReturn] WHERE [SubDistrictId] = @Id)
            OR EXISTS (SELECT 1 FROM [dbo].[ReturnSnapshot] WHERE [SubDistrictId] = @Id) THEN 1 ELSE 0 END) AS [HasReturns],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[ReturnRow] WHERE [EstateId] = @Id) THEN 1 ELSE 0 END) AS [InReturnRows],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[SupervisionOrder] WHERE [SubDistrictId] = @Id) THEN 1 ELSE 0 END) AS [HasSupervisionOrders],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[AreaTarget] WHERE [NodeId] = @Id) THEN 1 ELSE 0 END) AS [HasAreaTargets],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[RetrofitProgramme] WHERE [NodeId] = @Id) THEN 1 ELSE 0 END) AS [HasRetrofitProgrammes],
        CONVERT(BIT, CASE WHEN EXISTS (SELECT 1 FROM [dbo].[BriefingArchive] WHERE [NodeId] = @Id) THEN 1 ELSE 0 END) AS [HasBriefings],
        CONVERT(BIT, CASE WHEN EXISTS (
            SELECT 1
            FROM [dbo].[AuditEntry]
            WHERE [EntityType] IN (N'Node', N'Estate') AND [EntityId] = @Id AND [Action] <> N'create'
        ) THEN 1 ELSE 0 END) AS [HasAuditBeyondCreation];
END
