-- 2026-12-06_60_ServiceStandards: the service standards of the plans (服务标准, issue 20 item 5) as data the office edits,
-- seeded with Core's PlanStandards (same ids), and inspections of managed estates against them (服务质量检查) with their
-- values, each kept with the standard's version, comparison, threshold and verdict. Three tables, the seed, their
-- procedures. Re-runnable: tables, indexes and seed rows only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[ServiceStandard]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ServiceStandard] (
        [Id]         BIGINT          NOT NULL,
        [Measure]    INT             NOT NULL,
        [Comparison] INT             NOT NULL,
        [Threshold]  DECIMAL (18, 2) NOT NULL,
        [PlanNo]     INT             NOT NULL,
        [Modes]      INT             NOT NULL,
        [IsActive]   BIT             NOT NULL,
        [Version]    BIGINT          NOT NULL,
        CONSTRAINT [PK_ServiceStandard] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [CK_ServiceStandard_Comparison] CHECK ([Comparison] BETWEEN 1 AND 4),
        CONSTRAINT [CK_ServiceStandard_Modes] CHECK ([Modes] BETWEEN 0 AND 15)
    );
END
GO

-- The standards as the plans set them (Core's PlanStandards; Measure, Comparison 1 ≥ 2 > 3 ≤ 4 =, Threshold, PlanNo, Modes).
IF NOT EXISTS (SELECT 1 FROM [dbo].[ServiceStandard])
BEGIN
    INSERT INTO [dbo].[ServiceStandard] ([Id], [Measure], [Comparison], [Threshold], [PlanNo], [Modes], [IsActive], [Version])
    VALUES
        (1, 1, 1, 92, 3, 1, 1, 1),
        (2, 1, 1, 90, 6, 14, 1, 1),
        (3, 2, 1, 95, 3, 1, 1, 1),
        (4, 3, 4, 100, 7, 15, 1, 1),
        (5, 4, 2, 85, 7, 15, 1, 1),
        (6, 5, 3, 5, 10, 1, 1, 1),
        (7, 6, 3, 2, 10, 1, 1, 1),
        (8, 7, 3, 2, 2, 1, 1, 1),
        (9, 8, 3, 3, 2, 1, 1, 1),
        (10, 9, 1, 2, 9, 8, 1, 1);
END
GO

IF OBJECT_ID(N'[dbo].[Inspection]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[Inspection] (
        [Id]               BIGINT         IDENTITY (1, 1) NOT NULL,
        [EstateId]         BIGINT         NOT NULL,
        [Date]             DATE           NOT NULL,
        [Inspector]        NVARCHAR (50)  NOT NULL,
        [Evidence]         NVARCHAR (200) NULL,
        [Mode]             INT            NOT NULL,
        [MeetsAll]         BIT            NOT NULL,
        [RecordedUtc]      DATETIME2 (7)  NOT NULL,
        [RecordedByUserId] BIGINT         NOT NULL,
        [RecordedByName]   NVARCHAR (100) NOT NULL,
        CONSTRAINT [PK_Inspection] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_Inspection_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_Inspection_Mode] CHECK ([Mode] BETWEEN 1 AND 4)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Inspection]'), N'IX_Inspection_EstateId', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Inspection_EstateId]
        ON [dbo].[Inspection] ([EstateId] ASC, [Date] ASC, [Id] ASC);
END
GO

IF OBJECT_ID(N'[dbo].[InspectionValue]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[InspectionValue] (
        [InspectionId]    BIGINT          NOT NULL,
        [StandardId]      BIGINT          NOT NULL,
        [Comparison]      INT             NOT NULL,
        [Threshold]       DECIMAL (18, 2) NOT NULL,
        [StandardVersion] BIGINT          NOT NULL,
        [Value]           DECIMAL (18, 2) NOT NULL,
        [Met]             BIT             NOT NULL,
        CONSTRAINT [PK_InspectionValue] PRIMARY KEY CLUSTERED ([InspectionId] ASC, [StandardId] ASC),
        CONSTRAINT [FK_InspectionValue_Inspection_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [dbo].[Inspection] ([Id]),
        CONSTRAINT [FK_InspectionValue_ServiceStandard_StandardId] FOREIGN KEY ([StandardId]) REFERENCES [dbo].[ServiceStandard] ([Id])
    );
END
GO

-- Every service standard, by id.
CREATE OR ALTER PROCEDURE [dbo].[ServiceStandard_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Measure],
        [Comparison],
        [Threshold],
        [PlanNo] AS [Plan],
        [Modes],
        [IsActive],
        [Version]
    FROM
        [dbo].[ServiceStandard]
    ORDER BY
        [Id] ASC;
END
GO

-- The office's edit of a standard (Core's StandardsService decides and audits), only over the version read: the count
-- updated (0: changed meanwhile, or no such standard) lets the caller roll back as a conflict.
CREATE OR ALTER PROCEDURE [dbo].[ServiceStandard_Update]
    @Id BIGINT,
    @Comparison INT,
    @Threshold DECIMAL (18, 2),
    @Modes INT,
    @IsActive BIT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[ServiceStandard]
    SET
        [Comparison] = @Comparison,
        [Threshold] = @Threshold,
        [Modes] = @Modes,
        [IsActive] = @IsActive,
        [Version] = [Version] + 1
    WHERE
        [Id] = @Id
        AND [Version] = @Version;

    SELECT
        @@ROWCOUNT AS [Updated];
END
GO

-- Stores an inspection; returns its id. Its values follow by InspectionValue_Create in the same transaction; the
-- verdicts are Core's (StandardsService).
CREATE OR ALTER PROCEDURE [dbo].[Inspection_Create]
    @EstateId BIGINT,
    @Date DATE,
    @Inspector NVARCHAR (50),
    @Evidence NVARCHAR (200),
    @Mode INT,
    @MeetsAll BIT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByUserId BIGINT,
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Inspection] (
        [EstateId], [Date], [Inspector], [Evidence], [Mode], [MeetsAll], [RecordedUtc], [RecordedByUserId], [RecordedByName]
    )
    VALUES (
        @EstateId, @Date, @Inspector, @Evidence, @Mode, @MeetsAll, @RecordedUtc, @RecordedByUserId, @RecordedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
GO

-- An estate's inspections, newest first (the id breaks ties, so both databases give one order), with the estate's name,
-- path and sub-district.
CREATE OR ALTER PROCEDURE [dbo].[Inspection_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[EstateId],
        I.[Date],
        I.[Inspector],
        I.[Evidence],
        I.[Mode],
        I.[MeetsAll],
        I.[RecordedUtc],
        I.[RecordedByUserId],
        I.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        [dbo].[Inspection] I
        INNER JOIN [dbo].[Node] N ON N.[Id] = I.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        I.[EstateId] = @EstateId
    ORDER BY
        I.[Date] DESC,
        I.[Id] DESC;
END
GO

-- The newest inspection (date, then id) of each live estate under @ScopePath, in hierarchy order: what /inspections,
-- the league's share and the briefing read. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[Inspection_ReadLatestByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[EstateId],
        I.[Date],
        I.[Inspector],
        I.[Evidence],
        I.[Mode],
        I.[MeetsAll],
        I.[RecordedUtc],
        I.[RecordedByUserId],
        I.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        (
            SELECT
                Inspected.[Id],
                ROW_NUMBER() OVER (
                    PARTITION BY Inspected.[EstateId]
                    ORDER BY Inspected.[Date] DESC, Inspected.[Id] DESC
                ) AS [Newness]
            FROM
                [dbo].[Inspection] Inspected
                INNER JOIN [dbo].[Node] Estate ON Estate.[Id] = Inspected.[EstateId]
            WHERE
                @ScopePath <> N''
                AND Estate.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
                AND Estate.[IsRetired] = 0
        ) L
        INNER JOIN [dbo].[Inspection] I ON I.[Id] = L.[Id]
        INNER JOIN [dbo].[Node] N ON N.[Id] = I.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        L.[Newness] = 1
    ORDER BY
        S.[SortOrder] ASC,
        S.[Id] ASC,
        C.[SortOrder] ASC,
        C.[Id] ASC,
        N.[Id] ASC;
END
GO

-- One measured value of an inspection with the standard's version, comparison and threshold it was judged against and
-- Core's verdict; called after Inspection_Create in the same transaction.
CREATE OR ALTER PROCEDURE [dbo].[InspectionValue_Create]
    @InspectionId BIGINT,
    @StandardId BIGINT,
    @Comparison INT,
    @Threshold DECIMAL (18, 2),
    @StandardVersion BIGINT,
    @Value DECIMAL (18, 2),
    @Met BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[InspectionValue] (
        [InspectionId], [StandardId], [Comparison], [Threshold], [StandardVersion], [Value], [Met]
    )
    VALUES (
        @InspectionId, @StandardId, @Comparison, @Threshold, @StandardVersion, @Value, @Met
    );
END
GO

-- The values of every inspection of an estate, with each standard's measure.
CREATE OR ALTER PROCEDURE [dbo].[InspectionValue_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        V.[InspectionId],
        V.[StandardId],
        St.[Measure],
        V.[Comparison],
        V.[Threshold],
        V.[StandardVersion],
        V.[Value],
        V.[Met]
    FROM
        [dbo].[InspectionValue] V
        INNER JOIN [dbo].[Inspection] I ON I.[Id] = V.[InspectionId]
        INNER JOIN [dbo].[ServiceStandard] St ON St.[Id] = V.[StandardId]
    WHERE
        I.[EstateId] = @EstateId
    ORDER BY
        V.[InspectionId] ASC,
        V.[StandardId] ASC;
END
GO

-- The values of the newest inspection of each live estate under @ScopePath (as Inspection_ReadLatestByScopePath picks
-- them), with each standard's measure. An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[InspectionValue_ReadLatestByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        V.[InspectionId],
        V.[StandardId],
        St.[Measure],
        V.[Comparison],
        V.[Threshold],
        V.[StandardVersion],
        V.[Value],
        V.[Met]
    FROM
        (
            SELECT
                Inspected.[Id],
                ROW_NUMBER() OVER (
                    PARTITION BY Inspected.[EstateId]
                    ORDER BY Inspected.[Date] DESC, Inspected.[Id] DESC
                ) AS [Newness]
            FROM
                [dbo].[Inspection] Inspected
                INNER JOIN [dbo].[Node] Estate ON Estate.[Id] = Inspected.[EstateId]
            WHERE
                @ScopePath <> N''
                AND Estate.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
                AND Estate.[IsRetired] = 0
        ) L
        INNER JOIN [dbo].[InspectionValue] V ON V.[InspectionId] = L.[Id]
        INNER JOIN [dbo].[ServiceStandard] St ON St.[Id] = V.[StandardId]
    WHERE
        L.[Newness] = 1
    ORDER BY
        V.[InspectionId] ASC,
        V.[StandardId] ASC;
END
GO
