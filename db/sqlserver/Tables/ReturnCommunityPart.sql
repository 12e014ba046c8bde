-- 社区填报: one community's part of a weekly return (P11: 街道负责、社区落实), stored once the community first saves its
-- rows or marks its part done (已填报); no row is 未开始. Who marked it is kept by id and name, without a foreign key,
-- like the return's submitter. What may be marked and when is Core's ReturnShare.
CREATE TABLE [dbo].[ReturnCommunityPart] (
    [WeeklyReturnId] BIGINT         NOT NULL,
    [CommunityId]    BIGINT         NOT NULL,
    [StartedUtc]     DATETIME2 (7)  NULL,
    [StartedByName]  NVARCHAR (100) NULL,
    [DoneUtc]        DATETIME2 (7)  NULL,
    [DoneByUserId]   BIGINT         NULL,
    [DoneByName]     NVARCHAR (100) NULL,
    [Version]        BIGINT         NOT NULL,
    CONSTRAINT [PK_ReturnCommunityPart] PRIMARY KEY CLUSTERED ([WeeklyReturnId] ASC, [CommunityId] ASC),
    CONSTRAINT [FK_ReturnCommunityPart_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
    CONSTRAINT [FK_ReturnCommunityPart_Node_CommunityId] FOREIGN KEY ([CommunityId]) REFERENCES [dbo].[Node] ([Id])
);
