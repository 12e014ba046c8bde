-- 追责 (issue 16, P5/P11): one case per decision on a unit of the hierarchy ([UnitNodeId]: a sub-district or community)
-- and, when named, a person. [Decision] 1 通报批评, 2 约谈, 3 问责; a 通报批评 carries its number within its year
-- ([IssueYear], [IssueNo], unique). Who may decide what, and the numbering, are AccountabilityService's rules (Core).
CREATE TABLE [dbo].[AccountabilityCase] (
    [Id]            BIGINT         IDENTITY (1, 1) NOT NULL,
    [UnitNodeId]    BIGINT         NOT NULL,
    [PersonName]    NVARCHAR (50)  NULL,
    [PersonPost]    NVARCHAR (50)  NULL,
    [Reason]        NVARCHAR (MAX) NOT NULL,
    [Decision]      INT            NOT NULL,
    [DecidedOn]     DATE           NOT NULL,
    [DecidedBy]     NVARCHAR (60)  NOT NULL,
    [IssueYear]     INT            NULL,
    [IssueNo]       INT            NULL,
    [CreatedUtc]    DATETIME2 (7)  NOT NULL,
    [CreatedByName] NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_AccountabilityCase] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_AccountabilityCase_Node_UnitNodeId] FOREIGN KEY ([UnitNodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [CK_AccountabilityCase_Decision] CHECK ([Decision] BETWEEN 1 AND 3)
);
GO

CREATE NONCLUSTERED INDEX [IX_AccountabilityCase_UnitNodeId]
    ON [dbo].[AccountabilityCase] ([UnitNodeId] ASC);
GO

CREATE UNIQUE NONCLUSTERED INDEX [IX_AccountabilityCase_IssueYear_IssueNo]
    ON [dbo].[AccountabilityCase] ([IssueYear] ASC, [IssueNo] ASC)
    WHERE [IssueNo] IS NOT NULL;
