-- A recurring job's run of one schedule slot, claimed by the web server that runs it (issue 19): the primary key lets
-- exactly one server claim a slot, whichever job server fires first. [JobId] is made by the code: compared byte for byte.
CREATE TABLE [dbo].[ScheduledRun] (
    [JobId]      NVARCHAR (100) COLLATE Latin1_General_100_BIN2 NOT NULL,
    [SlotUtc]    DATETIME2 (7)  NOT NULL,
    [Holder]     NVARCHAR (200) NOT NULL,
    [ClaimedUtc] DATETIME2 (7)  NOT NULL,
    CONSTRAINT [PK_ScheduledRun] PRIMARY KEY CLUSTERED ([JobId] ASC, [SlotUtc] ASC)
);
GO

CREATE NONCLUSTERED INDEX [IX_ScheduledRun_ClaimedUtc]
    ON [dbo].[ScheduledRun] ([ClaimedUtc] ASC);
