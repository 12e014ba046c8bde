-- The weekly pack's archive: the briefings of the district and each sub-district, rendered after the week closed and
-- kept with the snapshot they print. The PDF lives in the row, so every web server serves the same archive. One per
-- node, week and snapshot: the job that writes them may run twice, or on two servers at once, and a week whose
-- snapshot changes (a later acceptance, a restatement) is archived again, the older copy kept as superseded.
-- IsProvisional: archived while some of the briefing's returns were not yet accepted.
CREATE TABLE [dbo].[BriefingArchive] (
    [Id]            BIGINT          IDENTITY (1, 1) NOT NULL,
    [NodeId]        BIGINT          NOT NULL,
    [NodeName]      NVARCHAR (100)  NOT NULL,
    [WeekEnding]    DATE            NOT NULL,
    [SnapshotId]    NVARCHAR (40)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    [GeneratedUtc]  DATETIME2 (7)   NOT NULL,
    [Pdf]           VARBINARY (MAX) NOT NULL,
    [IsProvisional] BIT             CONSTRAINT [DF_BriefingArchive_IsProvisional] DEFAULT ((0)) NOT NULL,
    CONSTRAINT [PK_BriefingArchive] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_BriefingArchive_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id]),
    CONSTRAINT [UQ_BriefingArchive_NodeId_WeekEnding_SnapshotId] UNIQUE NONCLUSTERED ([NodeId] ASC, [WeekEnding] ASC, [SnapshotId] ASC)
);
