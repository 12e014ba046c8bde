-- 2026-12-05_41_CampaignPlans (issue 16 item 1): a campaign's phases ([dbo].[CampaignPhase]: 调研摸底, 推进落实,
-- 巩固提升 with their dates) and the full-coverage plan ([dbo].[CoveragePlan]: per listed estate the planned mode and
-- date), with their read and write procedures. Re-runnable: tables by their guards, procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[CampaignPhase]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CampaignPhase] (
        [CampaignId] BIGINT NOT NULL,
        [Kind]       INT    NOT NULL,
        [StartDate]  DATE   NOT NULL,
        [EndDate]    DATE   NOT NULL,
        CONSTRAINT [PK_CampaignPhase] PRIMARY KEY CLUSTERED ([CampaignId] ASC, [Kind] ASC),
        CONSTRAINT [FK_CampaignPhase_Campaign_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [dbo].[Campaign] ([Id]),
        CONSTRAINT [CK_CampaignPhase_Kind] CHECK ([Kind] IN (1, 2, 3))
    );
END
GO

IF OBJECT_ID(N'[dbo].[CoveragePlan]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CoveragePlan] (
        [CampaignId]  BIGINT        NOT NULL,
        [EstateId]    BIGINT        NOT NULL,
        [PlannedMode] INT           CONSTRAINT [DF_CoveragePlan_PlannedMode] DEFAULT ((0)) NOT NULL,
        [PlannedDate] DATE          NULL,
        [UpdatedUtc]  DATETIME2 (7) NOT NULL,
        CONSTRAINT [PK_CoveragePlan] PRIMARY KEY CLUSTERED ([CampaignId] ASC, [EstateId] ASC),
        CONSTRAINT [FK_CoveragePlan_CampaignEstate] FOREIGN KEY ([CampaignId], [EstateId]) REFERENCES [dbo].[CampaignEstate] ([CampaignId], [EstateId]),
        CONSTRAINT [CK_CoveragePlan_PlannedMode] CHECK ([PlannedMode] BETWEEN 0 AND 4)
    );
END
GO

-- A campaign's phases in their order.
CREATE OR ALTER PROCEDURE [dbo].[CampaignPhase_ReadByCampaignId]
    @CampaignId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[CampaignId],
        P.[Kind],
        P.[StartDate],
        P.[EndDate]
    FROM
        [dbo].[CampaignPhase] P
    WHERE
        P.[CampaignId] = @CampaignId
    ORDER BY
        P.[Kind] ASC;
END
GO

-- Sets one phase of a campaign: replaces it, or inserts it when the campaign has none of that kind (UPDLOCK,
-- HOLDLOCK: two admins saving at once do not both insert). The dates are PhaseService's rules (Core).
CREATE OR ALTER PROCEDURE [dbo].[CampaignPhase_Update]
    @CampaignId BIGINT,
    @Kind INT,
    @StartDate DATE,
    @EndDate DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CampaignPhase] WITH (UPDLOCK, HOLDLOCK)
    SET
        [StartDate] = @StartDate,
        [EndDate] = @EndDate
    WHERE
        [CampaignId] = @CampaignId
        AND [Kind] = @Kind;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[CampaignPhase] ([CampaignId], [Kind], [StartDate], [EndDate])
        VALUES (@CampaignId, @Kind, @StartDate, @EndDate);
    END
END
GO

-- Removes one phase of a campaign. Returns 1 when it was set, 0 otherwise.
CREATE OR ALTER PROCEDURE [dbo].[CampaignPhase_DeleteById]
    @CampaignId BIGINT,
    @Kind INT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[CampaignPhase]
    WHERE
        [CampaignId] = @CampaignId
        AND [Kind] = @Kind;

    SELECT @@ROWCOUNT AS [Deleted];
END
GO

-- The plan rows of estates still on a campaign's list, for one sub-district or (@SubDistrictId NULL) all, each with its
-- sub-district (the estate's community's parent) and the registry's strike-off date.
CREATE OR ALTER PROCEDURE [dbo].[CoveragePlan_ReadByCampaignId]
    @CampaignId BIGINT,
    @SubDistrictId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[CampaignId],
        P.[EstateId],
        C.[ParentId] AS [SubDistrictId],
        P.[PlannedMode],
        P.[PlannedDate],
        E.[StruckOffDate],
        P.[UpdatedUtc]
    FROM
        [dbo].[CoveragePlan] P
        INNER JOIN [dbo].[CampaignEstate] CE ON CE.[CampaignId] = P.[CampaignId] AND CE.[EstateId] = P.[EstateId]
        INNER JOIN [dbo].[Estate] E ON E.[Id] = P.[EstateId]
        INNER JOIN [dbo].[Node] N ON N.[Id] = P.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
    WHERE
        P.[CampaignId] = @CampaignId
        AND CE.[RemovedUtc] IS NULL
        AND (@SubDistrictId IS NULL OR C.[ParentId] = @SubDistrictId)
    ORDER BY
        P.[EstateId] ASC
    OPTION (RECOMPILE);
END
GO

-- Sets one estate's plan row: replaces it, or inserts it (UPDLOCK, HOLDLOCK: two saves at once do not both insert).
-- The dates are PlanService's rules (Core); an estate not on the campaign's list breaks the foreign key (547).
CREATE OR ALTER PROCEDURE [dbo].[CoveragePlan_Update]
    @CampaignId BIGINT,
    @EstateId BIGINT,
    @PlannedMode INT,
    @PlannedDate DATE,
    @UpdatedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[CoveragePlan] WITH (UPDLOCK, HOLDLOCK)
    SET
        [PlannedMode] = @PlannedMode,
        [PlannedDate] = @PlannedDate,
        [UpdatedUtc] = @UpdatedUtc
    WHERE
        [CampaignId] = @CampaignId
        AND [EstateId] = @EstateId;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[CoveragePlan] ([CampaignId], [EstateId], [PlannedMode], [PlannedDate], [UpdatedUtc])
        VALUES (@CampaignId, @EstateId, @PlannedMode, @PlannedDate, @UpdatedUtc);
    END
END
GO
