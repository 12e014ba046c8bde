-- The grounds of a 追责 case as they stood when it was opened: [Kind] 1 a 督办 order, 2 a return marked overdue;
-- [TargetId] the order's or return's id (no foreign key: the case keeps its grounds' week and problem by value).
CREATE TABLE [dbo].[AccountabilityGround] (
    [CaseId]     BIGINT         NOT NULL,
    [Kind]       INT            NOT NULL,
    [TargetId]   BIGINT         NOT NULL,
    [WeekEnding] DATE           NOT NULL,
    [Note]       NVARCHAR (MAX) NULL,
    CONSTRAINT [PK_AccountabilityGround] PRIMARY KEY CLUSTERED ([CaseId] ASC, [Kind] ASC, [TargetId] ASC),
    CONSTRAINT [FK_AccountabilityGround_AccountabilityCase_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [dbo].[AccountabilityCase] ([Id]),
    CONSTRAINT [CK_AccountabilityGround_Kind] CHECK ([Kind] IN (1, 2))
);
