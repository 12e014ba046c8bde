-- 服务标准 (issue 20 item 5): a target of the plans, edited by the office. [Measure] 1..9 (its unit is Core's), [Comparison]
-- 1 ≥, 2 >, 3 ≤, 4 =; [PlanNo] the plan it comes from (1..11); [Modes] the management modes it applies to (bit set:
-- 1 enterprise, 2 committee, 4 community trusteeship, 8 sub-district package); [Version] counts its edits.
-- Seeded by 2026-12-06_60 with Core's PlanStandards (the same ids).
CREATE TABLE [dbo].[ServiceStandard] (
    [Id]         BIGINT          NOT NULL,
    [Measure]    INT             NOT NULL,
    [Comparison] INT             NOT NULL,
    [Threshold]  DECIMAL (18, 2) NOT NULL,
    [PlanNo]     INT             NOT NULL,
    [Modes]      INT             NOT NULL,
    [IsActive]   BIT             NOT NULL,
    [Version]    BIGINT          NOT NULL,
    CONSTRAINT [PK_ServiceStandard] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [CK_ServiceStandard_Comparison] CHECK ([Comparison] BETWEEN 1 AND 4),
    CONSTRAINT [CK_ServiceStandard_Modes] CHECK ([Modes] BETWEEN 0 AND 15)
);
