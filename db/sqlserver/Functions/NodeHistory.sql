-- Whether anything refers to a node: children (retired ones too), an estate record, users scoped to it, a campaign
-- run by it (a district), its place on a campaign list or in a weekly return (an estate), weekly returns or
-- supervision orders of it (a sub-district), or audit entries of the node or its estate beyond their creation (so
-- a node created by mistake can still go). One definition for [dbo].[Node_ReadHasHistory] and the guard of
-- [dbo].[Node_DeleteById].
CREATE FUNCTION [dbo].[NodeHistory]
(
    @Id BIGINT
)
RETURNS TABLE
AS
RETURN
SELECT
    CONVERT(BIT, CASE
        WHEN EXISTS (SELECT 1 FROM [dbo].[Node] WHERE [ParentId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[User] WHERE [ScopeNodeId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[Campaign] WHERE [DistrictId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[CampaignEstate] WHERE [EstateId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[WeeklyReturn] WHERE [SubDistrictId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[ReturnRow] WHERE [EstateId] = @Id) THEN 1
        WHEN EXISTS (SELECT 1 FROM [dbo].[SupervisionOrder] WHERE [SubDistrictId] = @Id) THEN 1
        WHEN EXISTS (
            SELECT 1
            FROM [dbo].[AuditEntry]
            WHERE [EntityType] IN (N'Node', N'Estate') AND [EntityId] = @Id AND [Action] <> N'create'
        ) THEN 1
        ELSE 0
    END) AS [HasHistory];
