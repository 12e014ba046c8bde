-- 2026-12-04_23_NodeReferences: the node-history check missed area targets, retrofit programmes, archived briefings
-- and return snapshots, so deleting such a node failed on a foreign key (547). The procedures now report every
-- reference ([dbo].[Node_ReadReferences]) and Core decides; [dbo].[NodeHistory] and [dbo].[Node_ReadHasHistory] go.
-- CREATE OR ALTER and DROP … IF EXISTS: re-runnable.

-- Deletes a node that Core found without history (its references read by [dbo].[Node_ReadReferences] in the same
-- transaction), and returns how many rows went (0 or 1). A reference added at the same moment makes a foreign key
-- refuse the delete (547), which the C# reads as "has history".
CREATE OR ALTER PROCEDURE [dbo].[Node_DeleteById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[Node]
    WHERE
        [Id] = @Id;

    SELECT @@ROWCOUNT AS [Deleted];
END
GO

DROP PROCEDURE IF EXISTS [dbo].[Node_ReadHasHistory];
GO

DROP FUNCTION IF EXISTS [dbo].[NodeHistory];
GO

-- What refers to a node, one flag per table that can, and whether its audit trail holds more than its creation (of
-- the node or of its estate). Core's NodeHistory decides what counts as history; this only reports.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadReferences]
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
GO
