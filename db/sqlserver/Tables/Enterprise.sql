-- 物业服务企业 (issue 20 item 1): the portal's register of property service enterprises. The credit code's form and
-- check character are Core's rules (CreditCode); the unique key keeps one row per code.
CREATE TABLE [dbo].[Enterprise] (
    [Id]           BIGINT         IDENTITY (1, 1) NOT NULL,
    [Name]         NVARCHAR (100) NOT NULL,
    [CreditCode]   NVARCHAR (18)  COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NOT NULL,
    [IsStateOwned] BIT            CONSTRAINT [DF_Enterprise_IsStateOwned] DEFAULT (0) NOT NULL,
    [ContactName]  NVARCHAR (50)  NULL,
    [ContactPhone] NVARCHAR (30)  NULL,
    [RowVersion]   ROWVERSION     NOT NULL,
    CONSTRAINT [PK_Enterprise] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [UQ_Enterprise_CreditCode] UNIQUE NONCLUSTERED ([CreditCode] ASC)
);
