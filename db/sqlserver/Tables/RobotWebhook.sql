-- A node's group robot (1 DingTalk / 浙政钉, 2 WeCom), set by the admin. [Url] and [Secret] are credentials:
-- pages and the audit trail show them masked.
CREATE TABLE [dbo].[RobotWebhook] (
    [NodeId]     BIGINT          NOT NULL,
    [Kind]       INT             NOT NULL,
    [Url]        NVARCHAR (1000) NOT NULL,
    [Secret]     NVARCHAR (200)  NULL,
    [UpdatedUtc] DATETIME2 (7)   NOT NULL,
    CONSTRAINT [PK_RobotWebhook] PRIMARY KEY CLUSTERED ([NodeId] ASC),
    CONSTRAINT [FK_RobotWebhook_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [CK_RobotWebhook_Kind] CHECK ([Kind] IN (1, 2))
);
