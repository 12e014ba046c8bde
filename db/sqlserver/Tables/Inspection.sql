-- 服务质量检查 (issue 20 item 5): an inspection of a managed estate against the standards of its management mode
-- ([Mode], 1..4, on the day). [MeetsAll] every value met, decided by Core when recorded and kept: a later edit of a
-- standard never changes it. The values are [dbo].[InspectionValue].
CREATE TABLE [dbo].[Inspection] (
    [Id]               BIGINT         IDENTITY (1, 1) NOT NULL,
    [EstateId]         BIGINT         NOT NULL,
    [Date]             DATE           NOT NULL,
    [Inspector]        NVARCHAR (50)  NOT NULL,
    [Evidence]         NVARCHAR (200) NULL,
    [Mode]             INT            NOT NULL,
    [MeetsAll]         BIT            NOT NULL,
    [RecordedUtc]      DATETIME2 (7)  NOT NULL,
    [RecordedByUserId] BIGINT         NOT NULL,
    [RecordedByName]   NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_Inspection] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Inspection_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_Inspection_Mode] CHECK ([Mode] BETWEEN 1 AND 4)
);
GO

CREATE NONCLUSTERED INDEX [IX_Inspection_EstateId]
    ON [dbo].[Inspection] ([EstateId] ASC, [Date] ASC, [Id] ASC);
