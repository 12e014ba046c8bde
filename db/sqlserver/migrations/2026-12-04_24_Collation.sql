-- 2026-12-04_24_Collation: names, user names, addresses and target labels compare as a Chinese district's server
-- does, whatever the database's default: Chinese_Simplified_Pinyin_100_CI_AS_SC (case-, width- and kana-insensitive, so "１号院" and "1号院"
-- are one name; the _100_ tables weigh every CJK character, where the 2000-era Chinese_PRC_CI_AS leaves many rare
-- ones equal to each other). The indexes, unique keys and the check constraint on these columns block a change of
-- collation, so they are dropped first and made again after.
-- Before running it on a database with data: siblings that differ only in width or case (SELECT [ParentId],
-- [Name] COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC FROM [dbo].[Node] GROUP BY … HAVING COUNT(*) > 1) make the unique key fail and the
-- script roll back; rename them first. Auto-created statistics on these columns (_WA_Sys_…) can block ALTER COLUMN
-- (error 5074): drop them, SQL Server makes them again. Guarded: re-runnable.

IF INDEXPROPERTY(OBJECT_ID(N'dbo.Node'), N'IX_Node_Level_Name', 'IndexID') IS NOT NULL
BEGIN
    DROP INDEX [IX_Node_Level_Name] ON [dbo].[Node];
END
GO

IF OBJECT_ID(N'dbo.UQ_Node_ParentId_Name', N'UQ') IS NOT NULL
BEGIN
    ALTER TABLE [dbo].[Node] DROP CONSTRAINT [UQ_Node_ParentId_Name];
END
GO

ALTER TABLE [dbo].[Node] ALTER COLUMN [Name] NVARCHAR (100) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL;
GO

IF OBJECT_ID(N'dbo.UQ_Node_ParentId_Name', N'UQ') IS NULL
BEGIN
    ALTER TABLE [dbo].[Node] ADD CONSTRAINT [UQ_Node_ParentId_Name] UNIQUE NONCLUSTERED ([ParentId] ASC, [Name] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'dbo.Node'), N'IX_Node_Level_Name', 'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Node_Level_Name]
        ON [dbo].[Node] ([Level] ASC, [Name] ASC)
        INCLUDE ([ParentId], [Path], [IsRetired]);
END
GO

IF OBJECT_ID(N'dbo.UQ_User_UserName', N'UQ') IS NOT NULL
BEGIN
    ALTER TABLE [dbo].[User] DROP CONSTRAINT [UQ_User_UserName];
END
GO

ALTER TABLE [dbo].[User] ALTER COLUMN [UserName] NVARCHAR (100) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL;
GO

IF OBJECT_ID(N'dbo.UQ_User_UserName', N'UQ') IS NULL
BEGIN
    ALTER TABLE [dbo].[User] ADD CONSTRAINT [UQ_User_UserName] UNIQUE NONCLUSTERED ([UserName] ASC);
END
GO

ALTER TABLE [dbo].[Estate] ALTER COLUMN [Address] NVARCHAR (200) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NULL;
GO

IF OBJECT_ID(N'dbo.UQ_AreaTarget_ProgrammeId_NodeId_Label_Year', N'UQ') IS NOT NULL
BEGIN
    ALTER TABLE [dbo].[AreaTarget] DROP CONSTRAINT [UQ_AreaTarget_ProgrammeId_NodeId_Label_Year];
END
GO

IF OBJECT_ID(N'dbo.CK_AreaTarget_NodeOrLabel', N'C') IS NOT NULL
BEGIN
    ALTER TABLE [dbo].[AreaTarget] DROP CONSTRAINT [CK_AreaTarget_NodeOrLabel];
END
GO

ALTER TABLE [dbo].[AreaTarget] ALTER COLUMN [Label] NVARCHAR (100) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NULL;
GO

IF OBJECT_ID(N'dbo.UQ_AreaTarget_ProgrammeId_NodeId_Label_Year', N'UQ') IS NULL
BEGIN
    ALTER TABLE [dbo].[AreaTarget] ADD CONSTRAINT [UQ_AreaTarget_ProgrammeId_NodeId_Label_Year] UNIQUE NONCLUSTERED ([ProgrammeId] ASC, [NodeId] ASC, [Label] ASC, [Year] ASC);
END
GO

IF OBJECT_ID(N'dbo.CK_AreaTarget_NodeOrLabel', N'C') IS NULL
BEGIN
    ALTER TABLE [dbo].[AreaTarget] ADD CONSTRAINT [CK_AreaTarget_NodeOrLabel] CHECK (([NodeId] IS NULL AND [Label] IS NOT NULL) OR ([NodeId] IS NOT NULL AND [Label] IS NULL));
END
GO
