-- 社区托管 (mode 3, issue 20 item 3): the community that manages an estate, since when, the services (flags) and how
-- they are paid for. One per estate; the estate's mode stays in [dbo].[Estate].
CREATE TABLE [dbo].[Trusteeship] (
    [EstateId]       BIGINT         NOT NULL,
    [CommunityId]    BIGINT         NOT NULL,
    [Services]       INT            NOT NULL,
    [SinceDate]      DATE           NOT NULL,
    [Funding]        NVARCHAR (200) NULL,
    [RecordedUtc]    DATETIME2 (7)  NOT NULL,
    [RecordedByName] NVARCHAR (100) NOT NULL,
    [RowVersion]     ROWVERSION     NOT NULL,
    CONSTRAINT [PK_Trusteeship] PRIMARY KEY CLUSTERED ([EstateId] ASC),
    CONSTRAINT [FK_Trusteeship_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [FK_Trusteeship_Node_CommunityId] FOREIGN KEY ([CommunityId]) REFERENCES [dbo].[Node] ([Id])
);
