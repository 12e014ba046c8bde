-- 打包 (P11 mode 4, 街道集中管理): estates of one sub-district bundled and tendered as one. Live until [DissolvedOn];
-- [Version] moves on with every write to the package or its records (optimistic concurrency, SQLite's twin).
CREATE TABLE [dbo].[Package] (
    [Id]            BIGINT        IDENTITY (1, 1) NOT NULL,
    [SubDistrictId] BIGINT        NOT NULL,
    [Name]          NVARCHAR (50) NOT NULL,
    [CreatedOn]     DATE          NOT NULL,
    [DissolvedOn]   DATE          NULL,
    [Version]       BIGINT        CONSTRAINT [DF_Package_Version] DEFAULT (1) NOT NULL,
    CONSTRAINT [PK_Package] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Package_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_Package_SubDistrictId]
    ON [dbo].[Package] ([SubDistrictId] ASC);
