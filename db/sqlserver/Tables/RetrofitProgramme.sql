-- 老旧住宅小区物业管理提升工程: a retrofit programme set by a node (the city) over a run of years (P8).
CREATE TABLE [dbo].[RetrofitProgramme] (
    [Id]         BIGINT         IDENTITY (1, 1) NOT NULL,
    [NodeId]     BIGINT         NOT NULL,
    [Name]       NVARCHAR (200) NOT NULL,
    [FirstYear]  INT            NOT NULL,
    [LastYear]   INT            NOT NULL,
    [RowVersion] ROWVERSION     NOT NULL,
    CONSTRAINT [PK_RetrofitProgramme] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_RetrofitProgramme_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [CK_RetrofitProgramme_Years] CHECK ([LastYear] >= [FirstYear])
);
