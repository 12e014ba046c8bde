-- 资金: a cost line of a works project in a budget year. [Category] is Core's CostCategory, [Hardship] its
-- HardshipApplication (housing common parts only) with the decision's date and note. Who pays what is computed in
-- Core from these, never stored.
CREATE TABLE [dbo].[CostItem] (
    [Id]                  BIGINT          IDENTITY (1, 1) NOT NULL,
    [ProjectId]           BIGINT          NOT NULL,
    [Year]                INT             NOT NULL,
    [Category]            INT             NOT NULL,
    [Amount]              DECIMAL (18, 2) NOT NULL,
    [IsFinalAccount]      BIT             NOT NULL,
    [Hardship]            INT             CONSTRAINT [DF_CostItem_Hardship] DEFAULT ((0)) NOT NULL,
    [HardshipDecidedDate] DATE            NULL,
    [HardshipNote]        NVARCHAR (200)  NULL,
    [Description]         NVARCHAR (200)  NULL,
    [RowVersion]          ROWVERSION      NOT NULL,
    CONSTRAINT [PK_CostItem] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_CostItem_RetrofitProject_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [dbo].[RetrofitProject] ([Id]),
    CONSTRAINT [CK_CostItem_Category] CHECK ([Category] >= 1),
    CONSTRAINT [CK_CostItem_Amount] CHECK ([Amount] >= 0),
    CONSTRAINT [CK_CostItem_Hardship] CHECK ([Hardship] >= 0)
);
GO

CREATE NONCLUSTERED INDEX [IX_CostItem_ProjectId_Year]
    ON [dbo].[CostItem] ([ProjectId] ASC, [Year] ASC);
