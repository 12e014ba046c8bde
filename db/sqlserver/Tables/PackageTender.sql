-- 公开招投标 of a package: the bidders one a line, the winner (and its row in the enterprise register when it is
-- there), the price (yuan a year) and the term. The newest is the current one (Core's PackageRules.Current).
CREATE TABLE [dbo].[PackageTender] (
    [Id]                 BIGINT          IDENTITY (1, 1) NOT NULL,
    [PackageId]          BIGINT          NOT NULL,
    [Date]               DATE            NOT NULL,
    [Bidders]            NVARCHAR (2100) NOT NULL,
    [WinnerName]         NVARCHAR (100)  NOT NULL,
    [WinnerEnterpriseId] BIGINT          NULL,
    [Price]              DECIMAL (18, 2) NOT NULL,
    [TermStart]          DATE            NOT NULL,
    [TermEnd]            DATE            NOT NULL,
    [RecordedUtc]        DATETIME2 (7)   NOT NULL,
    [RecordedByName]     NVARCHAR (100)  NOT NULL,
    CONSTRAINT [PK_PackageTender] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_PackageTender_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
    CONSTRAINT [FK_PackageTender_Enterprise_WinnerEnterpriseId] FOREIGN KEY ([WinnerEnterpriseId]) REFERENCES [dbo].[Enterprise] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_PackageTender_PackageId]
    ON [dbo].[PackageTender] ([PackageId] ASC, [Date] ASC);
