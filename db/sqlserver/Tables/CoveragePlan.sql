-- 全覆盖计划 (issue 16 item 1): per estate on a campaign's list, the planned mode (0 not decided, 1-4 the ways of P11)
-- and the planned date to clear it. Which dates are allowed is Core's PlanService rule.
CREATE TABLE [dbo].[CoveragePlan] (
    [CampaignId]  BIGINT        NOT NULL,
    [EstateId]    BIGINT        NOT NULL,
    [PlannedMode] INT           CONSTRAINT [DF_CoveragePlan_PlannedMode] DEFAULT ((0)) NOT NULL,
    [PlannedDate] DATE          NULL,
    [UpdatedUtc]  DATETIME2 (7) NOT NULL,
    CONSTRAINT [PK_CoveragePlan] PRIMARY KEY CLUSTERED ([CampaignId] ASC, [EstateId] ASC),
    CONSTRAINT [FK_CoveragePlan_CampaignEstate] FOREIGN KEY ([CampaignId], [EstateId]) REFERENCES [dbo].[CampaignEstate] ([CampaignId], [EstateId]),
    CONSTRAINT [CK_CoveragePlan_PlannedMode] CHECK ([PlannedMode] BETWEEN 0 AND 4)
);
