-- 季度考评: the community's score 0-100 of the enterprise's service in one estate for one quarter; one per quarter.
CREATE TABLE [dbo].[PackageReview] (
    [Id]             BIGINT         IDENTITY (1, 1) NOT NULL,
    [PackageId]      BIGINT         NOT NULL,
    [EstateId]       BIGINT         NOT NULL,
    [Year]           INT            NOT NULL,
    [Quarter]        INT            NOT NULL,
    [Score]          INT            NOT NULL,
    [Reviewer]       NVARCHAR (50)  NOT NULL,
    [Note]           NVARCHAR (500) NULL,
    [RecordedUtc]    DATETIME2 (7)  NOT NULL,
    [RecordedByName] NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_PackageReview] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_PackageReview_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
    CONSTRAINT [FK_PackageReview_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_PackageReview_Quarter] CHECK ([Quarter] BETWEEN 1 AND 4),
    CONSTRAINT [CK_PackageReview_Score] CHECK ([Score] BETWEEN 0 AND 100)
);
GO

CREATE UNIQUE NONCLUSTERED INDEX [IX_PackageReview_Quarter]
    ON [dbo].[PackageReview] ([PackageId] ASC, [EstateId] ASC, [Year] ASC, [Quarter] ASC);
