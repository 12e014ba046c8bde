-- One estate of a weekly return. The rows are the return's own document: the estate's name and households are
-- stored as the sub-district filed them (pre-filled from the campaign list), and replaced as a whole on save.
CREATE TABLE [dbo].[ReturnRow] (
    [WeeklyReturnId]       BIGINT         NOT NULL,
    [EstateId]             BIGINT         NOT NULL,
    [EstateName]           NVARCHAR (100) NOT NULL,
    [Households]           INT            NOT NULL,
    [Mode]                 INT            NOT NULL,
    [SixHaves]             INT            NOT NULL,
    [ConsultationDate]     DATE           NULL,
    [OwnersMeetingDate]    DATE           NULL,
    [CommitteeElectedDate] DATE           NULL,
    [ContractSignedDate]   DATE           NULL,
    [IsStruckOff]          BIT            NOT NULL,
    [StruckOffDate]        DATE           NULL,
    [Blockers]             NVARCHAR (MAX) NULL,
    [HelpAsked]            NVARCHAR (MAX) NULL,
    [ReviewReason]         NVARCHAR (MAX) NULL,
    CONSTRAINT [PK_ReturnRow] PRIMARY KEY CLUSTERED ([WeeklyReturnId] ASC, [EstateId] ASC),
    CONSTRAINT [FK_ReturnRow_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
    CONSTRAINT [FK_ReturnRow_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_ReturnRow_Households] CHECK ([Households] >= 0),
    CONSTRAINT [CK_ReturnRow_SixHaves] CHECK ([SixHaves] BETWEEN 0 AND 63)
);
GO

CREATE NONCLUSTERED INDEX [IX_ReturnRow_EstateId]
    ON [dbo].[ReturnRow] ([EstateId] ASC);
