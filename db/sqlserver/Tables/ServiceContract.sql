-- 物业服务合同 (issue 20 item 1): an estate's contracts with property service enterprises. Overlaps and which contract is
-- current are Core's rules (ContractRules); the keys below keep integrity only.
CREATE TABLE [dbo].[ServiceContract] (
    [Id]                BIGINT          IDENTITY (1, 1) NOT NULL,
    [EstateId]          BIGINT          NOT NULL,
    [EnterpriseId]      BIGINT          NOT NULL,
    [StartDate]         DATE            NOT NULL,
    [EndDate]           DATE            NOT NULL,
    [FeePerSquareMetre] DECIMAL (18, 2) NOT NULL,
    [Level]             INT             NOT NULL,
    [SignedOn]          DATE            NOT NULL,
    [EndedOn]           DATE            NULL,
    [CreatedUtc]        DATETIME2 (7)   NOT NULL,
    [CreatedByName]     NVARCHAR (100)  NOT NULL,
    [RowVersion]        ROWVERSION      NOT NULL,
    CONSTRAINT [PK_ServiceContract] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_ServiceContract_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [FK_ServiceContract_Enterprise_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [dbo].[Enterprise] ([Id]),
    CONSTRAINT [CK_ServiceContract_Level] CHECK ([Level] BETWEEN 1 AND 3),
    CONSTRAINT [CK_ServiceContract_FeePerSquareMetre] CHECK ([FeePerSquareMetre] > 0)
);
GO

CREATE NONCLUSTERED INDEX [IX_ServiceContract_EstateId]
    ON [dbo].[ServiceContract] ([EstateId] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_ServiceContract_EnterpriseId]
    ON [dbo].[ServiceContract] ([EnterpriseId] ASC);
