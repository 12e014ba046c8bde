-- 0021a_CampaignPlans (issue 16 item 1): a campaign's phases (P11: 1 调研摸底, 2 推进落实, 3 巩固提升) with their dates,
-- and each sub-district's full-coverage plan (全覆盖计划): per estate on the campaign's list, the planned mode (0 not
-- decided, 1-4 the ways of P11) and the planned date to clear it. The rules (order, dates inside the campaign) are
-- Core's PhaseService and PlanService; the tables keep keys and references.

CREATE TABLE CampaignPhase (
    CampaignId INTEGER NOT NULL REFERENCES Campaign (Id),
    Kind       INTEGER NOT NULL CHECK (Kind IN (1, 2, 3)),
    StartDate  TEXT    NOT NULL,
    EndDate    TEXT    NOT NULL,
    PRIMARY KEY (CampaignId, Kind)
);

CREATE TABLE CoveragePlan (
    CampaignId  INTEGER NOT NULL,
    EstateId    INTEGER NOT NULL,
    PlannedMode INTEGER NOT NULL DEFAULT 0 CHECK (PlannedMode BETWEEN 0 AND 4),
    PlannedDate TEXT    NULL,
    UpdatedUtc  TEXT    NOT NULL,
    PRIMARY KEY (CampaignId, EstateId),
    FOREIGN KEY (CampaignId, EstateId) REFERENCES CampaignEstate (CampaignId, EstateId)
);
