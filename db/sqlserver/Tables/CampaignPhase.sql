-- A campaign's phases (P11, issue 16 item 1): 1 调研摸底, 2 推进落实, 3 巩固提升, each with its dates (both included).
-- Their order and their place inside the campaign are Core's PhaseService rules.
CREATE TABLE [dbo].[CampaignPhase] (
    [CampaignId] BIGINT NOT NULL,
    [Kind]       INT    NOT NULL,
    [StartDate]  DATE   NOT NULL,
    [EndDate]    DATE   NOT NULL,
    CONSTRAINT [PK_CampaignPhase] PRIMARY KEY CLUSTERED ([CampaignId] ASC, [Kind] ASC),
    CONSTRAINT [FK_CampaignPhase_Campaign_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [dbo].[Campaign] ([Id]),
    CONSTRAINT [CK_CampaignPhase_Kind] CHECK ([Kind] IN (1, 2, 3))
);
