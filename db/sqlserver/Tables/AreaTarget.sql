-- 面积目标, m²: a node's target for one year of a programme, or a label's (a district of the programme outside the
-- portal's hierarchy). A unique constraint treats NULLs as equal, so one row per node, or per label, and year.
CREATE TABLE [dbo].[AreaTarget] (
    [Id]          BIGINT          IDENTITY (1, 1) NOT NULL,
    [ProgrammeId] BIGINT          NOT NULL,
    [NodeId]      BIGINT          NULL,
    [Label]       NVARCHAR (100)  COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NULL,
    [Year]        INT             NOT NULL,
    [TargetArea]  DECIMAL (18, 2) NOT NULL,
    [RowVersion]  ROWVERSION      NOT NULL,
    CONSTRAINT [PK_AreaTarget] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_AreaTarget_RetrofitProgramme_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [dbo].[RetrofitProgramme] ([Id]),
    CONSTRAINT [FK_AreaTarget_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [UQ_AreaTarget_ProgrammeId_NodeId_Label_Year] UNIQUE NONCLUSTERED ([ProgrammeId] ASC, [NodeId] ASC, [Label] ASC, [Year] ASC),
    CONSTRAINT [CK_AreaTarget_TargetArea] CHECK ([TargetArea] >= 0),
    CONSTRAINT [CK_AreaTarget_NodeOrLabel] CHECK (([NodeId] IS NULL AND [Label] IS NOT NULL) OR ([NodeId] IS NOT NULL AND [Label] IS NULL))
);
