-- The robot outbox: one message for one node's robot. [DeliveryId] (the notice's dedup key @ node) is unique and
-- compares byte for byte, so a notice raised twice queues one message. [Status] 1 pending, 2 delivered, 3 failed;
-- [LeaseUntilUtc] keeps two job runs from posting the same message at once.
CREATE TABLE [dbo].[WebhookDelivery] (
    [Id]             BIGINT          IDENTITY (1, 1) NOT NULL,
    [DeliveryId]     NVARCHAR (250)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    [NodeId]         BIGINT          NOT NULL,
    [Title]          NVARCHAR (400)  NOT NULL,
    [Body]           NVARCHAR (MAX)  NOT NULL,
    [Link]           NVARCHAR (1000) NULL,
    [CreatedUtc]     DATETIME2 (7)   NOT NULL,
    [Status]         INT             NOT NULL,
    [Attempts]       INT             NOT NULL,
    [NextAttemptUtc] DATETIME2 (7)   NOT NULL,
    [LeaseUntilUtc]  DATETIME2 (7)   NULL,
    [DeliveredUtc]   DATETIME2 (7)   NULL,
    [LastError]      NVARCHAR (500)  NULL,
    CONSTRAINT [PK_WebhookDelivery] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_WebhookDelivery_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [UQ_WebhookDelivery_DeliveryId] UNIQUE NONCLUSTERED ([DeliveryId] ASC),
    CONSTRAINT [CK_WebhookDelivery_Status] CHECK ([Status] IN (1, 2, 3))
);
GO

-- The job's read: pending deliveries by when they are due.
CREATE NONCLUSTERED INDEX [IX_WebhookDelivery_Status_NextAttemptUtc]
    ON [dbo].[WebhookDelivery] ([Status] ASC, [NextAttemptUtc] ASC)
    INCLUDE ([LeaseUntilUtc]);
