-- 需区级协调事项 (issue 16, P11): an estate's ask of the district, taken in by the office from a row of an accepted return
-- (one item per return row), assigned to a member unit and tracked to closure. [Status] 1 待分派, 2 办理中, 3 已办结.
CREATE TABLE [dbo].[CoordinationItem] (
    [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
    [SubDistrictId]  BIGINT         NOT NULL,
    [EstateId]       BIGINT         NOT NULL,
    [EstateName]     NVARCHAR (100) NOT NULL,
    [WeeklyReturnId] BIGINT         NOT NULL,
    [WeekEnding]     DATE           NOT NULL,
    [Ask]            NVARCHAR (MAX) NOT NULL,
    [Status]         INT            NOT NULL,
    [MemberUnitId]   BIGINT         NULL,
    [CreatedUtc]     DATETIME2 (7)  NOT NULL,
    [CreatedByName]  NVARCHAR (100) NOT NULL,
    [AssignedUtc]    DATETIME2 (7)  NULL,
    [ClosedUtc]      DATETIME2 (7)  NULL,
    [RowVersion]     ROWVERSION     NOT NULL,
    CONSTRAINT [PK_CoordinationItem] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_CoordinationItem_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [FK_CoordinationItem_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [FK_CoordinationItem_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
    CONSTRAINT [FK_CoordinationItem_MemberUnit_MemberUnitId] FOREIGN KEY ([MemberUnitId]) REFERENCES [dbo].[MemberUnit] ([Id]),
    CONSTRAINT [UQ_CoordinationItem_WeeklyReturnId_EstateId] UNIQUE NONCLUSTERED ([WeeklyReturnId] ASC, [EstateId] ASC),
    CONSTRAINT [CK_CoordinationItem_Status] CHECK ([Status] BETWEEN 1 AND 3)
);
GO

CREATE NONCLUSTERED INDEX [IX_CoordinationItem_SubDistrictId]
    ON [dbo].[CoordinationItem] ([SubDistrictId] ASC);
