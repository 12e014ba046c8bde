-- The managing body of a self-managed estate (mode 2, issue 20 item 2): 业委会 (1) or 物管会 (2), one per estate. The
-- estate's mode stays in [dbo].[Estate]; this is its detail.
CREATE TABLE [dbo].[ManagingBody] (
    [EstateId]       BIGINT         NOT NULL,
    [Kind]           INT            NOT NULL,
    [SinceDate]      DATE           NOT NULL,
    [RecordedUtc]    DATETIME2 (7)  NOT NULL,
    [RecordedByName] NVARCHAR (100) NOT NULL,
    [RowVersion]     ROWVERSION     NOT NULL,
    CONSTRAINT [PK_ManagingBody] PRIMARY KEY CLUSTERED ([EstateId] ASC),
    CONSTRAINT [FK_ManagingBody_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_ManagingBody_Kind] CHECK ([Kind] IN (1, 2))
);
