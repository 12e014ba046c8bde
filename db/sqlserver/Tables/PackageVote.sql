-- 续聘表决 at a tender's term end: [Households] ALL the households of the package's estates on the day (the
-- denominator of the half); the outcome is computed in Core like the consultation's, never stored. One per tender.
CREATE TABLE [dbo].[PackageVote] (
    [Id]              BIGINT         IDENTITY (1, 1) NOT NULL,
    [PackageId]       BIGINT         NOT NULL,
    [TenderId]        BIGINT         NOT NULL,
    [Date]            DATE           NOT NULL,
    [Households]      INT            NOT NULL,
    [BallotsReturned] INT            NOT NULL,
    [VotesForRenewal] INT            NOT NULL,
    [RecordedUtc]     DATETIME2 (7)  NOT NULL,
    [RecordedByName]  NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_PackageVote] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_PackageVote_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
    CONSTRAINT [FK_PackageVote_PackageTender_TenderId] FOREIGN KEY ([TenderId]) REFERENCES [dbo].[PackageTender] ([Id])
);
GO

CREATE UNIQUE NONCLUSTERED INDEX [IX_PackageVote_TenderId]
    ON [dbo].[PackageVote] ([TenderId] ASC);
