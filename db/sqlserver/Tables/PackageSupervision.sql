-- 日常监督: one visit of the community to an estate of the package and what it found.
CREATE TABLE [dbo].[PackageSupervision] (
    [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
    [PackageId]      BIGINT         NOT NULL,
    [EstateId]       BIGINT         NOT NULL,
    [Date]           DATE           NOT NULL,
    [Inspector]      NVARCHAR (50)  NOT NULL,
    [ProblemFound]   BIT            NOT NULL,
    [Finding]        NVARCHAR (500) NOT NULL,
    [RecordedUtc]    DATETIME2 (7)  NOT NULL,
    [RecordedByName] NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_PackageSupervision] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_PackageSupervision_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
    CONSTRAINT [FK_PackageSupervision_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_PackageSupervision_PackageId]
    ON [dbo].[PackageSupervision] ([PackageId] ASC, [Date] ASC);
