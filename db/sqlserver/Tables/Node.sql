-- A node of the five-level hierarchy (市 → 区 → 街道 → 社区 → 小区). [Path] is the materialised path of ids
-- ("/1/4/19/") so that a scope test is a prefix LIKE that can seek [IX_Node_Path]. Names compare the same whatever
-- the database's default collation: case-, width- and kana-insensitive (Chinese_Simplified_Pinyin_100_CI_AS_SC), so
-- "Community A1", "COMMUNITY a1" and "Ｃｏｍｍｕｎｉｔｙ Ａ1" are one name.
CREATE TABLE [dbo].[Node] (
    [Id]         BIGINT         IDENTITY (1, 1) NOT NULL,
    [ParentId]   BIGINT         NULL,
    [Level]      INT            NOT NULL,
    [Name]       NVARCHAR (100) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL,
    [Path]       NVARCHAR (200) NOT NULL,
    [IsRetired]  BIT            CONSTRAINT [DF_Node_IsRetired] DEFAULT (0) NOT NULL,
    [SortOrder]  INT            CONSTRAINT [DF_Node_SortOrder] DEFAULT (0) NOT NULL,
    [RowVersion] ROWVERSION     NOT NULL,
    CONSTRAINT [PK_Node] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Node_Node_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [dbo].[Node] ([Id]),
    -- Sibling names are unique; a NULL parent counts as one value, so there is one city of a name.
    CONSTRAINT [UQ_Node_ParentId_Name] UNIQUE NONCLUSTERED ([ParentId] ASC, [Name] ASC),
    CONSTRAINT [CK_Node_Level] CHECK ([Level] BETWEEN 1 AND 5),
    -- Only the city has no parent.
    CONSTRAINT [CK_Node_ParentId] CHECK (([ParentId] IS NULL AND [Level] = 1) OR ([ParentId] IS NOT NULL AND [Level] > 1))
);
GO

CREATE NONCLUSTERED INDEX [IX_Node_Path]
    ON [dbo].[Node] ([Path] ASC)
    INCLUDE ([Level], [IsRetired]);
GO

-- The registry list sorted by name (its default): estates are level 5, so (Level, Name) walks them in name order;
-- the included columns answer the scope and retired tests without a lookup.
CREATE NONCLUSTERED INDEX [IX_Node_Level_Name]
    ON [dbo].[Node] ([Level] ASC, [Name] ASC)
    INCLUDE ([ParentId], [Path], [IsRetired]);
