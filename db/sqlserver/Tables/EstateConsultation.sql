-- 征求居民意见: one estate's consultation on its management mode (P8), one row per estate, with the date its hardware
-- works were accepted (which starts the one-month clock). [Households] is the estate's count when consulted: the
-- denominator of "more than half", whatever came back. Created by whichever is recorded first.
CREATE TABLE [dbo].[EstateConsultation] (
    [EstateId]               BIGINT     NOT NULL,
    [WorksAcceptedOn]        DATE       NULL,
    [StartDate]              DATE       NULL,
    [EndDate]                DATE       NULL,
    [Households]             INT        CONSTRAINT [DF_EstateConsultation_Households] DEFAULT (0) NOT NULL,
    [BallotsReturned]        INT        CONSTRAINT [DF_EstateConsultation_BallotsReturned] DEFAULT (0) NOT NULL,
    [VotesForProfessional]   INT        CONSTRAINT [DF_EstateConsultation_VotesForProfessional] DEFAULT (0) NOT NULL,
    [VotesForCommunityBased] INT        CONSTRAINT [DF_EstateConsultation_VotesForCommunityBased] DEFAULT (0) NOT NULL,
    [RowVersion]             ROWVERSION NOT NULL,
    CONSTRAINT [PK_EstateConsultation] PRIMARY KEY CLUSTERED ([EstateId] ASC),
    CONSTRAINT [FK_EstateConsultation_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_EstateConsultation_Counts] CHECK ([Households] >= 0 AND [BallotsReturned] >= 0 AND [VotesForProfessional] >= 0 AND [VotesForCommunityBased] >= 0)
);
