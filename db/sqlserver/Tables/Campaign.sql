-- 无物业管理小区清零行动: one district's campaign. The deadline rule is a day of the week (.NET DayOfWeek, 0 Sunday
-- to 6 Saturday) and a local time of day kept as TIME(0): whole seconds, read back by Dapper as TimeOnly.
CREATE TABLE [dbo].[Campaign] (
    [Id]           BIGINT         IDENTITY (1, 1) NOT NULL,
    [DistrictId]   BIGINT         NOT NULL,
    [Name]         NVARCHAR (200) NOT NULL,
    [StartDate]    DATE           NOT NULL,
    [TargetDate]   DATE           NULL,
    [DeadlineDay]  INT            NOT NULL,
    [DeadlineTime] TIME (0)       NOT NULL,
    [RowVersion]   ROWVERSION     NOT NULL,
    CONSTRAINT [PK_Campaign] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Campaign_Node_DistrictId] FOREIGN KEY ([DistrictId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [CK_Campaign_DeadlineDay] CHECK ([DeadlineDay] BETWEEN 0 AND 6)
);
GO

CREATE NONCLUSTERED INDEX [IX_Campaign_DistrictId]
    ON [dbo].[Campaign] ([DistrictId] ASC);
