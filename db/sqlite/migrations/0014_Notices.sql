-- 0014_Notices (issue 15): notices raised by Core carry their kind and arguments, so the inbox words them in the
-- reader's language; the admin's group robot per node; and the robot outbox, one row per message and robot.

ALTER TABLE Notification ADD COLUMN MessageKey TEXT NULL;
ALTER TABLE Notification ADD COLUMN MessageArgs TEXT NULL;

-- A node's group robot (1 DingTalk / 浙政钉, 2 WeCom). Url and Secret are credentials: pages show them masked.
CREATE TABLE RobotWebhook (
    NodeId     INTEGER PRIMARY KEY REFERENCES Node (Id),
    Kind       INTEGER NOT NULL CHECK (Kind IN (1, 2)),
    Url        TEXT    NOT NULL CHECK (length(Url) > 0),
    Secret     TEXT    NULL,
    UpdatedUtc TEXT    NOT NULL
);

-- The outbox: DeliveryId (notice dedup key @ node) is unique, so a notice raised twice queues one message. Status 1
-- pending, 2 delivered, 3 failed. LeaseUntilUtc keeps two job runs from posting the same message at once.
CREATE TABLE WebhookDelivery (
    Id             INTEGER PRIMARY KEY AUTOINCREMENT,
    DeliveryId     TEXT    NOT NULL CHECK (length(DeliveryId) > 0),
    NodeId         INTEGER NOT NULL REFERENCES Node (Id),
    Title          TEXT    NOT NULL,
    Body           TEXT    NOT NULL,
    Link           TEXT    NULL,
    CreatedUtc     TEXT    NOT NULL,
    Status         INTEGER NOT NULL DEFAULT 1 CHECK (Status IN (1, 2, 3)),
    Attempts       INTEGER NOT NULL DEFAULT 0,
    NextAttemptUtc TEXT    NOT NULL,
    LeaseUntilUtc  TEXT    NULL,
    DeliveredUtc   TEXT    NULL,
    LastError      TEXT    NULL
);

CREATE UNIQUE INDEX UX_WebhookDelivery_DeliveryId ON WebhookDelivery (DeliveryId);
CREATE INDEX IX_WebhookDelivery_Status_NextAttemptUtc ON WebhookDelivery (Status, NextAttemptUtc);
CREATE INDEX IX_WebhookDelivery_NodeId_CreatedUtc ON WebhookDelivery (NodeId, CreatedUtc DESC);
