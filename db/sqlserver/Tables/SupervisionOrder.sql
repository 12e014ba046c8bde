-- 督办: a supervision order on a sub-district, one per sub-district and the week that triggered it, closed with a
-- note. The sub-district's name is the hierarchy's, joined on reads ([dbo].[SupervisionOrderView]).
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
    CONSTRAINT [PK_SupervisionOrder] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_SupervisionOrder_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [UQ_SupervisionOrder_SubDistrictId_WeekEnding] UNIQUE NONCLUSTERED ([SubDistrictId] ASC, [WeekEnding] ASC)
);
GO

-- Open orders per sub-district, counted by the league and the dashboard; closed ones are the many and stay out.
CREATE NONCLUSTERED INDEX [IX_SupervisionOrder_SubDistrictId_Open]
    ON [dbo].[SupervisionOrder] ([SubDistrictId] ASC)
    WHERE [ClosedUtc] IS NULL;
