-- 清零台账: one estate on a campaign's list. Removal keeps the row (when and why); adding it again clears that.
-- The estate's name, community, households and sub-district are the registry's, joined on reads, so the list
-- follows the hierarchy when an estate is renamed or moved.
CREATE TABLE [dbo].[CampaignEstate] (
    [CampaignId]    BIGINT         NOT NULL,
    [EstateId]      BIGINT         NOT NULL,
    [AddedUtc]      DATETIME2 (7)  NOT NULL,
    [AddedReason]   NVARCHAR (MAX) NULL,
    [RemovedUtc]    DATETIME2 (7)  NULL,
    [RemovedReason] NVARCHAR (MAX) NULL,
    CONSTRAINT [PK_CampaignEstate] PRIMARY KEY CLUSTERED ([CampaignId] ASC, [EstateId] ASC),
    CONSTRAINT [FK_CampaignEstate_Campaign_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [dbo].[Campaign] ([Id]),
    CONSTRAINT [FK_CampaignEstate_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_CampaignEstate_EstateId]
    ON [dbo].[CampaignEstate] ([EstateId] ASC);
