-- 业主委员会: one term of an estate's owners' committee (P9). [HandedOverOn] is set when the next term takes over
-- (换届); the old term stays as history. At most one current term per estate ([IX_OwnersCommittee_EstateId_Current]).
CREATE TABLE [dbo].[OwnersCommittee] (
    [Id]           BIGINT     IDENTITY (1, 1) NOT NULL,
    [EstateId]     BIGINT     NOT NULL,
    [Term]         INT        NOT NULL,
    [MeetingDate]  DATE       NOT NULL,
    [FilingDate]   DATE       NULL,
    [TermEndDate]  DATE       NOT NULL,
    [HandedOverOn] DATE       NULL,
    [RowVersion]   ROWVERSION NOT NULL,
    CONSTRAINT [PK_OwnersCommittee] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_OwnersCommittee_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [UQ_OwnersCommittee_EstateId_Term] UNIQUE NONCLUSTERED ([EstateId] ASC, [Term] ASC),
    CONSTRAINT [CK_OwnersCommittee_Term] CHECK ([Term] >= 1)
);
GO

CREATE UNIQUE NONCLUSTERED INDEX [IX_OwnersCommittee_EstateId_Current]
    ON [dbo].[OwnersCommittee] ([EstateId] ASC)
    WHERE [HandedOverOn] IS NULL;
