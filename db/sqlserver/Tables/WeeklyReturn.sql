-- 周报: one sub-district's return for one reporting week, named by its Friday. [WasSentBack] is sticky (set by
-- [dbo].[WeeklyReturn_Update] the first time the status becomes SentBack) and [MarkedOverdueUtc] is set by the
-- deadline job ([dbo].[WeeklyReturn_UpdateOverdue]); neither is typed by anyone. Who submitted or reviewed is kept
-- by id and name, without foreign keys, like the audit trail.
CREATE TABLE [dbo].[WeeklyReturn] (
    [Id]                BIGINT         IDENTITY (1, 1) NOT NULL,
    [SubDistrictId]     BIGINT         NOT NULL,
    [WeekEnding]        DATE           NOT NULL,
    [Status]            INT            NOT NULL,
    [FirstSubmittedUtc] DATETIME2 (7)  NULL,
    [LastSubmittedUtc]  DATETIME2 (7)  NULL,
    [SubmittedByUserId] BIGINT         NULL,
    [SubmittedByName]   NVARCHAR (100) NULL,
    [ReviewedUtc]       DATETIME2 (7)  NULL,
    [ReviewedByUserId]  BIGINT         NULL,
    [ReviewedByName]    NVARCHAR (100) NULL,
    [ReviewReason]      NVARCHAR (MAX) NULL,
    [HasBeenAccepted]   BIT            CONSTRAINT [DF_WeeklyReturn_HasBeenAccepted] DEFAULT (0) NOT NULL,
    [IsRestatement]     BIT            CONSTRAINT [DF_WeeklyReturn_IsRestatement] DEFAULT (0) NOT NULL,
    [WasSentBack]       BIT            CONSTRAINT [DF_WeeklyReturn_WasSentBack] DEFAULT (0) NOT NULL,
    [MarkedOverdueUtc]  DATETIME2 (7)  NULL,
    [ProgressNarrative] NVARCHAR (MAX) NULL,
    [ProblemsNarrative] NVARCHAR (MAX) NULL,
    [NextWeekPlan]      NVARCHAR (MAX) NULL,
    [RowVersion]        ROWVERSION     NOT NULL,
    CONSTRAINT [PK_WeeklyReturn] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_WeeklyReturn_Node_SubDistrictId] FOREIGN KEY ([SubDistrictId]) REFERENCES [dbo].[Node] ([Id]),
    -- One return per sub-district and week: a second create raises 2627 (DuplicateNameException in C#).
    CONSTRAINT [UQ_WeeklyReturn_SubDistrictId_WeekEnding] UNIQUE NONCLUSTERED ([SubDistrictId] ASC, [WeekEnding] ASC)
);
