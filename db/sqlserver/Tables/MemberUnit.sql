-- 成员单位 (P11): the leading group's member units the office assigns coordination items to; kept by the admin. A unit
-- taken off the list is retired, never deleted (its items keep it).
CREATE TABLE [dbo].[MemberUnit] (
    [Id]        BIGINT        IDENTITY (1, 1) NOT NULL,
    [Name]      NVARCHAR (50) COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL,
    [IsRetired] BIT           CONSTRAINT [DF_MemberUnit_IsRetired] DEFAULT (0) NOT NULL,
    CONSTRAINT [PK_MemberUnit] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [UQ_MemberUnit_Name] UNIQUE NONCLUSTERED ([Name] ASC)
);
