-- A node's 第一责任人 (P5, issue 16 item 5): name, post and phone, one row per node. What may be stored is Core's
-- ResponsibleService's rule; the table keeps only a node that exists.
CREATE TABLE [dbo].[NodeResponsible] (
    [NodeId]     BIGINT        NOT NULL,
    [Name]       NVARCHAR (50) NOT NULL,
    [Post]       NVARCHAR (50) NOT NULL,
    [Phone]      NVARCHAR (30) NOT NULL,
    [UpdatedUtc] DATETIME2 (7) NOT NULL,
    CONSTRAINT [PK_NodeResponsible] PRIMARY KEY CLUSTERED ([NodeId] ASC),
    CONSTRAINT [FK_NodeResponsible_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id])
);
