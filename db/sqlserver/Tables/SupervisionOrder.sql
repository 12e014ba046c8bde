-- 督办: a supervision order on a sub-district, closed with a note. Raised by the deadline job ([Origin] 1: one per
-- sub-district and the week that triggered it) or by hand by the office ([Origin] 2, issue 16: about the sub-district,
-- one of its estates or one of its returns ([SubjectKind] 1/2/3, [SubjectId]), with a required action, a rectification
-- deadline, the sub-district's answer, a send-back and an escalation level 0-3). The sub-district's name is the
-- hierarchy's, joined on reads ([dbo].[SupervisionOrderView]).
CREATE TABLE [dbo].[SupervisionOrder] (
    [Id]            BIGINT         IDENTITY (1, 1) NOT NULL,
    [SubDistrictId] BIGINT         NOT NULL,
    [WeekEnding]    DATE           NOT NULL,
    [Reason]        NVARCHAR (MAX) NOT NULL,
    [RaisedUtc]     DATETIME2 (7)  NOT NULL,
    [ClosedUtc]     DATETIME2 (7)  NULL,
    [CloseNote]     NVARCHAR (MAX) NULL,
    [ClosedByName]  NVARCHAR (100) NULL,
    [RowVersion]    ROWVERSION     NOT NULL,
    [Origin]          INT            CONSTRAINT [DF_SupervisionOrder_Origin] DEFAULT ((1)) NOT NULL,
    [SubjectKind]     INT            CONSTRAINT [DF_SupervisionOrder_SubjectKind] DEFAULT ((1)) NOT NULL,
    [SubjectId]       BIGINT         NULL,
    [RequiredAction]  NVARCHAR (MAX) NULL,
    [Deadline]        DATE           NULL,
    [RaisedByName]    NVARCHAR (100) NULL,
    [Status]          INT            CONSTRAINT [DF_SupervisionOrder_Status] DEFAULT ((1)) NOT NULL,
    [Answer]          NVARCHAR (MAX) NULL,
    [AnsweredUtc]     DATETIME2 (7)  NULL,
    [AnsweredByName]  NVARCHAR (100) NULL,
    [SendBackReason]  NVARCHAR (MAX) NULL,
    [SentBackUtc]     DATETIME2 (7)  NULL,
    [EscalationLevel] INT            CONSTRAINT [DF_SupervisionOrder_EscalationLevel] DEFAULT ((0)) NOT NULL,
    [EscalatedUtc]    DATETIME2 (7)  NULL,
    CONSTRAINT [PK_SupervisionOrder] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_SupervisionOrder_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id])
);
GO

-- The deadline job's orders only: one per sub-district and week (the office may raise several by hand in a week).
CREATE UNIQUE NONCLUSTERED INDEX [IX_SupervisionOrder_SubDistrictId_WeekEnding]
    ON [dbo].[SupervisionOrder] ([SubDistrictId] ASC, [WeekEnding] ASC)
    WHERE [Origin] = 1;
GO

-- Open orders per sub-district, counted by the league and the dashboard; closed ones are the many and stay out.
CREATE NONCLUSTERED INDEX [IX_SupervisionOrder_SubDistrictId_Open]
    ON [dbo].[SupervisionOrder] ([SubDistrictId] ASC)
    WHERE [ClosedUtc] IS NULL;
