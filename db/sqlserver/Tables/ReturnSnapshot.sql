-- A week's figures frozen when a return is accepted; a restatement adds another and the newest is current.
-- The sub-district's id, name and week are copied from the return at acceptance, so the snapshot never moves.
-- [PercentCleared] is Core's percentage to one decimal; [CoveredEstateIds] the struck-off ids, comma-separated.
CREATE TABLE [dbo].[ReturnSnapshot] (
    [Id]                BIGINT         IDENTITY (1, 1) NOT NULL,
    [WeeklyReturnId]    BIGINT         NOT NULL,
    [SubDistrictId]     BIGINT         NOT NULL,
    [SubDistrictName]   NVARCHAR (100) NOT NULL,
    [WeekEnding]        DATE           NOT NULL,
    [AcceptedUtc]       DATETIME2 (7)  NOT NULL,
    [IsRestatement]     BIT            NOT NULL,
    [WasOnTime]         BIT            NOT NULL,
    [Baseline]          INT            NOT NULL,
    [Covered]           INT            NOT NULL,
    [Remaining]         INT            NOT NULL,
    [PercentCleared]    DECIMAL (5, 1) NULL,
    [NewlyCovered]      INT            NOT NULL,
    [CommitteesFormed]  INT            NOT NULL,
    [HouseholdsCovered] BIGINT         NOT NULL,
    [CoveredEstateIds]  NVARCHAR (MAX) NOT NULL,
    CONSTRAINT [PK_ReturnSnapshot] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_ReturnSnapshot_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
    CONSTRAINT [FK_ReturnSnapshot_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_ReturnSnapshot_WeeklyReturnId]
    ON [dbo].[ReturnSnapshot] ([WeeklyReturnId] ASC, [AcceptedUtc] ASC, [Id] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_ReturnSnapshot_SubDistrictId_WeekEnding]
    ON [dbo].[ReturnSnapshot] ([SubDistrictId] ASC, [WeekEnding] ASC);
GO

-- The league's "newest snapshot on or before a week": one backward seek per sub-district, figures included so the
-- read never touches the table (CoveredEstateIds, the long column, stays out).
CREATE NONCLUSTERED INDEX [IX_ReturnSnapshot_SubDistrictId_Newest]
    ON [dbo].[ReturnSnapshot] ([SubDistrictId] ASC, [WeekEnding] DESC, [AcceptedUtc] DESC, [Id] DESC)
    INCLUDE ([WeeklyReturnId], [IsRestatement], [WasOnTime], [Baseline], [Covered], [Remaining], [PercentCleared], [NewlyCovered], [CommitteesFormed]);
