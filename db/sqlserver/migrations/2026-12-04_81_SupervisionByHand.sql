-- 2026-12-04_81_SupervisionByHand: 督办 raised by hand by the office (issue 16). New columns for the subject, required
-- action, deadline, answer, send-back and escalation; the one-per-week key now holds for the deadline job's orders only
-- (a filtered unique index replaces the constraint); the view and the order procedures read the new columns; Create raises
-- either kind and UpdateState writes an answer, send-back or escalation. Re-runnable: columns by COL_LENGTH, the constraint and index by their own guards; the view and
-- procedures CREATE OR ALTER.

IF COL_LENGTH(N'dbo.SupervisionOrder', N'Origin') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [Origin] INT CONSTRAINT [DF_SupervisionOrder_Origin] DEFAULT ((1)) NOT NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'SubjectKind') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [SubjectKind] INT CONSTRAINT [DF_SupervisionOrder_SubjectKind] DEFAULT ((1)) NOT NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'SubjectId') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [SubjectId] BIGINT NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'RequiredAction') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [RequiredAction] NVARCHAR (MAX) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'Deadline') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [Deadline] DATE NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'RaisedByName') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [RaisedByName] NVARCHAR (100) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'Status') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [Status] INT CONSTRAINT [DF_SupervisionOrder_Status] DEFAULT ((1)) NOT NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'Answer') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [Answer] NVARCHAR (MAX) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'AnsweredUtc') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [AnsweredUtc] DATETIME2 (7) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'AnsweredByName') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [AnsweredByName] NVARCHAR (100) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'SendBackReason') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [SendBackReason] NVARCHAR (MAX) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'SentBackUtc') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [SentBackUtc] DATETIME2 (7) NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'EscalationLevel') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [EscalationLevel] INT CONSTRAINT [DF_SupervisionOrder_EscalationLevel] DEFAULT ((0)) NOT NULL;
END
GO

IF COL_LENGTH(N'dbo.SupervisionOrder', N'EscalatedUtc') IS NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] ADD [EscalatedUtc] DATETIME2 (7) NULL;
END
GO

IF OBJECT_ID(N'dbo.UQ_SupervisionOrder_SubDistrictId_WeekEnding', N'UQ') IS NOT NULL
BEGIN
    ALTER TABLE [dbo].[SupervisionOrder] DROP CONSTRAINT [UQ_SupervisionOrder_SubDistrictId_WeekEnding];
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[SupervisionOrder]'), N'IX_SupervisionOrder_SubDistrictId_WeekEnding', N'IndexID') IS NULL
BEGIN
    CREATE UNIQUE NONCLUSTERED INDEX [IX_SupervisionOrder_SubDistrictId_WeekEnding]
        ON [dbo].[SupervisionOrder] ([SubDistrictId] ASC, [WeekEnding] ASC)
        WHERE [Origin] = 1;
END
GO

-- A supervision order with its sub-district's name and path, its row version as a BIGINT [Version], and for an order on
-- an estate the estate's name as [SubjectName].
CREATE OR ALTER VIEW [dbo].[SupervisionOrderView]
AS
SELECT
    O.[Id],
    O.[SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    O.[WeekEnding],
    O.[Reason],
    O.[RaisedUtc],
    O.[ClosedUtc],
    O.[CloseNote],
    O.[ClosedByName],
    CONVERT(BIGINT, O.[RowVersion]) AS [Version],
    SubDistrict.[Path] AS [SubDistrictPath],
    O.[Origin],
    O.[SubjectKind],
    O.[SubjectId],
    Subject.[Name] AS [SubjectName],
    O.[RequiredAction],
    O.[Deadline],
    O.[RaisedByName],
    O.[Status],
    O.[Answer],
    O.[AnsweredUtc],
    O.[AnsweredByName],
    O.[SendBackReason],
    O.[SentBackUtc],
    O.[EscalationLevel],
    O.[EscalatedUtc]
FROM
    [dbo].[SupervisionOrder] O
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = O.[SubDistrictId]
    LEFT OUTER JOIN [dbo].[Node] Subject ON O.[SubjectKind] = 2 AND Subject.[Id] = O.[SubjectId];
GO

-- Raises a supervision order. The deadline job's ([Origin] 1) only unless the sub-district already has one for that
-- week, in one statement (UPDLOCK, HOLDLOCK: a retried job waits for the first, then finds its order); one raised by
-- hand ([Origin] 2, issue 16) always, several a week being fine. Returns the new id, or NULL when nothing was raised.
-- That orders are raised on sub-districts, and what one by hand must say, is SupervisionService's rule (Core); an
-- unknown node is the foreign key's to refuse.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_Create]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @Reason NVARCHAR (MAX),
    @RaisedUtc DATETIME2 (7),
    @Origin INT,
    @SubjectKind INT,
    @SubjectId BIGINT,
    @RequiredAction NVARCHAR (MAX),
    @Deadline DATE,
    @RaisedByName NVARCHAR (100),
    @Status INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[SupervisionOrder] (
        [SubDistrictId], [WeekEnding], [Reason], [RaisedUtc], [Origin], [SubjectKind], [SubjectId], [RequiredAction],
        [Deadline], [RaisedByName], [Status]
    )
    SELECT
        @SubDistrictId,
        @WeekEnding,
        @Reason,
        @RaisedUtc,
        @Origin,
        @SubjectKind,
        @SubjectId,
        @RequiredAction,
        @Deadline,
        @RaisedByName,
        @Status
    WHERE
        @Origin <> 1
        OR NOT EXISTS (
            SELECT 1
            FROM [dbo].[SupervisionOrder] WITH (UPDLOCK, HOLDLOCK)
            WHERE [SubDistrictId] = @SubDistrictId AND [WeekEnding] = @WeekEnding AND [Origin] = 1
        );

    DECLARE @Raised INT = @@ROWCOUNT;

    SELECT CASE WHEN @Raised = 1 THEN CONVERT(BIGINT, SCOPE_IDENTITY()) END AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version],
        [Origin],
        [SubjectKind],
        [SubjectId],
        [SubjectName],
        [RequiredAction],
        [Deadline],
        [RaisedByName],
        [Status],
        [Answer],
        [AnsweredUtc],
        [AnsweredByName],
        [SendBackReason],
        [SentBackUtc],
        [EscalationLevel],
        [EscalatedUtc]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        [Id] = @Id;
END
GO

-- Orders of the sub-districts under @ScopePath (open ones only when asked): open first, then newest raised first
-- (Id breaks ties). An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @OpenOnly BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version],
        [Origin],
        [SubjectKind],
        [SubjectId],
        [SubjectName],
        [RequiredAction],
        [Deadline],
        [RaisedByName],
        [Status],
        [Answer],
        [AnsweredUtc],
        [AnsweredByName],
        [SendBackReason],
        [SentBackUtc],
        [EscalationLevel],
        [EscalatedUtc]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        @ScopePath <> N''
        AND [SubDistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND (@OpenOnly = 0 OR [ClosedUtc] IS NULL)
    ORDER BY
        CASE WHEN [ClosedUtc] IS NULL THEN 0 ELSE 1 END ASC,
        [RaisedUtc] DESC,
        [Id] DESC
    OPTION (RECOMPILE);
END
GO

-- Writes an open order's answer, send-back and escalation if @Version is still current. A stale version, no such order
-- or one already closed raises 50409 and nothing is changed (what may change when is SupervisionService's rule, Core).
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_UpdateState]
    @Id BIGINT,
    @Status INT,
    @Answer NVARCHAR (MAX),
    @AnsweredUtc DATETIME2 (7),
    @AnsweredByName NVARCHAR (100),
    @SendBackReason NVARCHAR (MAX),
    @SentBackUtc DATETIME2 (7),
    @EscalationLevel INT,
    @EscalatedUtc DATETIME2 (7),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[SupervisionOrder]
    SET
        [Status] = @Status,
        [Answer] = @Answer,
        [AnsweredUtc] = @AnsweredUtc,
        [AnsweredByName] = @AnsweredByName,
        [SendBackReason] = @SendBackReason,
        [SentBackUtc] = @SentBackUtc,
        [EscalationLevel] = @EscalationLevel,
        [EscalatedUtc] = @EscalatedUtc
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [ClosedUtc] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The supervision order was changed or closed by someone else since it was read.', 1;
    END
END
GO
