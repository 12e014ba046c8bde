-- 回头看 (P11, issue 16): an inspection on site of an estate the registry holds as struck off. [InspectedBy] 1 community,
-- 2 office; [SixHaves] the haves found (bit set); [StruckOffDate] the registry's strike-off it looked back on;
-- [Relapsed] the failure put the estate back on the list (返潮), written in the same transaction as the registry's
-- change. Whether a strike-off is provisional is decided in Core from the registry and these rows (LookBackSchedule).
CREATE TABLE [dbo].[LookBack] (
    [Id]               BIGINT         IDENTITY (1, 1) NOT NULL,
    [EstateId]         BIGINT         NOT NULL,
    [Date]             DATE           NOT NULL,
    [Inspector]        NVARCHAR (50)  NOT NULL,
    [InspectedBy]      INT            NOT NULL,
    [SixHaves]         INT            NOT NULL,
    [Passed]           BIT            NOT NULL,
    [Note]             NVARCHAR (500) NULL,
    [StruckOffDate]    DATE           NOT NULL,
    [Relapsed]         BIT            NOT NULL,
    [RecordedUtc]      DATETIME2 (7)  NOT NULL,
    [RecordedByUserId] BIGINT         NOT NULL,
    [RecordedByName]   NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_LookBack] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_LookBack_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_LookBack_SixHaves] CHECK ([SixHaves] BETWEEN 0 AND 63)
);
GO

CREATE NONCLUSTERED INDEX [IX_LookBack_EstateId]
    ON [dbo].[LookBack] ([EstateId] ASC, [Date] ASC);
