-- 2026-11-27_01_Committees: owners' committees (业主大会 / 业主委员会, P8, P9). Per estate the residents' consultation
-- with the acceptance of its hardware works (which starts the one-month clock), committee terms with their members
-- kept as history across re-elections (换届), the track of every estate for the overdue list and the counts.
-- Re-runnable: tables, indexes and table types are created only when missing; views and procedures are
-- CREATE OR ALTER. The object files under db/sqlserver are the source of truth: DistrictPortal.Db.Tests checks
-- that the migrations, applied in order, produce exactly those objects.

IF OBJECT_ID(N'[dbo].[EstateConsultation]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[EstateConsultation] (
        [EstateId]               BIGINT     NOT NULL,
        [WorksAcceptedOn]        DATE       NULL,
        [StartDate]              DATE       NULL,
        [EndDate]                DATE       NULL,
        [Households]             INT        CONSTRAINT [DF_EstateConsultation_Households] DEFAULT (0) NOT NULL,
        [BallotsReturned]        INT        CONSTRAINT [DF_EstateConsultation_BallotsReturned] DEFAULT (0) NOT NULL,
        [VotesForProfessional]   INT        CONSTRAINT [DF_EstateConsultation_VotesForProfessional] DEFAULT (0) NOT NULL,
        [VotesForCommunityBased] INT        CONSTRAINT [DF_EstateConsultation_VotesForCommunityBased] DEFAULT (0) NOT NULL,
        [RowVersion]             ROWVERSION NOT NULL,
        CONSTRAINT [PK_EstateConsultation] PRIMARY KEY CLUSTERED ([EstateId] ASC),
        CONSTRAINT [FK_EstateConsultation_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [CK_EstateConsultation_Counts] CHECK ([Households] >= 0 AND [BallotsReturned] >= 0 AND [VotesForProfessional] >= 0 AND [VotesForCommunityBased] >= 0)
    );
END
GO

IF OBJECT_ID(N'[dbo].[OwnersCommittee]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[OwnersCommittee] (
        [Id]           BIGINT     IDENTITY (1, 1) NOT NULL,
        [EstateId]     BIGINT     NOT NULL,
        [Term]         INT        NOT NULL,
        [MeetingDate]  DATE       NOT NULL,
        [FilingDate]   DATE       NULL,
        [TermEndDate]  DATE       NOT NULL,
        [HandedOverOn] DATE       NULL,
        [RowVersion]   ROWVERSION NOT NULL,
        CONSTRAINT [PK_OwnersCommittee] PRIMARY KEY CLUSTERED ([Id] ASC),
        CONSTRAINT [FK_OwnersCommittee_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
        CONSTRAINT [UQ_OwnersCommittee_EstateId_Term] UNIQUE NONCLUSTERED ([EstateId] ASC, [Term] ASC),
        CONSTRAINT [CK_OwnersCommittee_Term] CHECK ([Term] >= 1)
    );
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[OwnersCommittee]'), N'IX_OwnersCommittee_EstateId_Current', N'IndexID') IS NULL
BEGIN
    CREATE UNIQUE NONCLUSTERED INDEX [IX_OwnersCommittee_EstateId_Current]
        ON [dbo].[OwnersCommittee] ([EstateId] ASC)
        WHERE [HandedOverOn] IS NULL;
END
GO

IF OBJECT_ID(N'[dbo].[CommitteeMember]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[CommitteeMember] (
        [CommitteeId] BIGINT         NOT NULL,
        [Position]    INT            NOT NULL,
        [Name]        NVARCHAR (50)  NOT NULL,
        [Role]        NVARCHAR (30)  NOT NULL,
        [IsChair]     BIT            NOT NULL,
        CONSTRAINT [PK_CommitteeMember] PRIMARY KEY CLUSTERED ([CommitteeId] ASC, [Position] ASC),
        CONSTRAINT [FK_CommitteeMember_OwnersCommittee_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [dbo].[OwnersCommittee] ([Id])
    );
END
GO

-- Matched by column position: see Types/CommitteeMemberList.sql before changing it (a table type cannot be altered).
IF TYPE_ID(N'[dbo].[CommitteeMemberList]') IS NULL
BEGIN
    CREATE TYPE [dbo].[CommitteeMemberList] AS TABLE (
        [Position] INT           NOT NULL,
        [Name]     NVARCHAR (50) NOT NULL,
        [Role]     NVARCHAR (30) NOT NULL,
        [IsChair]  BIT           NOT NULL
    );
END
GO

-- One row per estate on its way to an owners' committee, as Core's CommitteeTrack sees it: the consultation (its end
-- date is when it was held), the current term with its chair and member count, the estate's community and
-- sub-district, and the estate's path and retired flag for scope filters. Estates with nothing recorded are included.
CREATE OR ALTER VIEW [dbo].[CommitteeTrackView]
AS
SELECT
    EstateNode.[Id] AS [EstateId],
    EstateNode.[Name] AS [EstateName],
    Community.[Id] AS [CommunityId],
    Community.[Name] AS [CommunityName],
    ISNULL(SubDistrict.[Id], 0) AS [SubDistrictId],
    ISNULL(SubDistrict.[Name], N'') AS [SubDistrictName],
    C.[WorksAcceptedOn] AS [HardwareAcceptedDate],
    C.[EndDate] AS [ConsultationDate],
    ISNULL(C.[Households], 0) AS [Households],
    ISNULL(C.[BallotsReturned], 0) AS [BallotsReturned],
    ISNULL(C.[VotesForProfessional], 0) AS [VotesForProfessional],
    O.[MeetingDate] AS [OwnersMeetingDate],
    O.[MeetingDate] AS [CommitteeElectedDate],
    (
        SELECT TOP (1) M.[Name]
        FROM [dbo].[CommitteeMember] M
        WHERE M.[CommitteeId] = O.[Id] AND M.[IsChair] = 1
        ORDER BY M.[Position] ASC
    ) AS [ChairName],
    (
        SELECT COUNT(*)
        FROM [dbo].[CommitteeMember] M
        WHERE M.[CommitteeId] = O.[Id]
    ) AS [MemberCount],
    O.[FilingDate],
    O.[TermEndDate],
    ISNULL(CONVERT(BIGINT, C.[RowVersion]), 0) AS [Version],
    EstateNode.[Path] AS [EstatePath],
    EstateNode.[IsRetired] AS [IsRetired],
    ISNULL(SubDistrict.[SortOrder], 0) AS [SubDistrictSortOrder],
    Community.[SortOrder] AS [CommunitySortOrder]
FROM
    [dbo].[Estate] E
    INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[Id] = E.[Id]
    INNER JOIN [dbo].[Node] Community ON Community.[Id] = EstateNode.[ParentId]
    LEFT JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = Community.[ParentId]
    LEFT JOIN [dbo].[EstateConsultation] C ON C.[EstateId] = E.[Id]
    LEFT JOIN [dbo].[OwnersCommittee] O ON O.[EstateId] = E.[Id] AND O.[HandedOverOn] IS NULL;
GO

-- The estate's first consultation row. An unknown estate raises 50400; a row that someone else created since the
-- caller read "none" raises 50409 (the caller's form is stale).
CREATE OR ALTER PROCEDURE [dbo].[EstateConsultation_Create]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE,
    @StartDate DATE,
    @EndDate DATE,
    @Households INT,
    @BallotsReturned INT,
    @VotesForProfessional INT,
    @VotesForCommunityBased INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF NOT EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @EstateId)
    BEGIN
        THROW 50400, N'No such estate.', 1;
    END

    IF EXISTS (SELECT 1 FROM [dbo].[EstateConsultation] WITH (UPDLOCK, HOLDLOCK) WHERE [EstateId] = @EstateId)
    BEGIN
        THROW 50409, N'The consultation was recorded by someone else since it was read.', 1;
    END

    INSERT INTO [dbo].[EstateConsultation] (
        [EstateId], [WorksAcceptedOn], [StartDate], [EndDate], [Households], [BallotsReturned],
        [VotesForProfessional], [VotesForCommunityBased]
    )
    VALUES (
        @EstateId, @WorksAcceptedOn, @StartDate, @EndDate, @Households, @BallotsReturned,
        @VotesForProfessional, @VotesForCommunityBased
    );
END
GO

CREATE OR ALTER PROCEDURE [dbo].[EstateConsultation_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [WorksAcceptedOn],
        [StartDate],
        [EndDate],
        [Households],
        [BallotsReturned],
        [VotesForProfessional],
        [VotesForCommunityBased],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[EstateConsultation]
    WHERE
        [EstateId] = @EstateId;
END
GO

-- Updates the consultation if @Version is still current; a stale version (or no row) raises 50409, changing nothing.
CREATE OR ALTER PROCEDURE [dbo].[EstateConsultation_Update]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE,
    @StartDate DATE,
    @EndDate DATE,
    @Households INT,
    @BallotsReturned INT,
    @VotesForProfessional INT,
    @VotesForCommunityBased INT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[EstateConsultation]
    SET
        [WorksAcceptedOn] = @WorksAcceptedOn,
        [StartDate] = @StartDate,
        [EndDate] = @EndDate,
        [Households] = @Households,
        [BallotsReturned] = @BallotsReturned,
        [VotesForProfessional] = @VotesForProfessional,
        [VotesForCommunityBased] = @VotesForCommunityBased
    WHERE
        [EstateId] = @EstateId
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The consultation was changed by someone else since it was read.', 1;
    END
END
GO

-- The acceptance of the estate's hardware works (the retrofit programme calls this when a project is accepted):
-- not version-checked, creates the row when missing. An unknown estate raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[EstateConsultation_UpdateWorksAccepted]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF NOT EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @EstateId)
    BEGIN
        THROW 50400, N'No such estate.', 1;
    END

    UPDATE
        [dbo].[EstateConsultation] WITH (UPDLOCK, HOLDLOCK)
    SET
        [WorksAcceptedOn] = @WorksAcceptedOn
    WHERE
        [EstateId] = @EstateId
        AND ([WorksAcceptedOn] IS NULL OR [WorksAcceptedOn] <> @WorksAcceptedOn);

    IF @@ROWCOUNT = 0 AND NOT EXISTS (SELECT 1 FROM [dbo].[EstateConsultation] WHERE [EstateId] = @EstateId)
    BEGIN
        INSERT INTO [dbo].[EstateConsultation] ([EstateId], [WorksAcceptedOn])
        VALUES (@EstateId, @WorksAcceptedOn);
    END
END
GO

-- A new term of the estate's committee, numbered after its last, with its members. An unknown estate, or an estate
-- that still has a current term (re-election is a handover), raises 50400. Returns the new id.
CREATE OR ALTER PROCEDURE [dbo].[OwnersCommittee_Create]
    @EstateId BIGINT,
    @MeetingDate DATE,
    @FilingDate DATE,
    @TermEndDate DATE,
    @Members [dbo].[CommitteeMemberList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF NOT EXISTS (SELECT 1 FROM [dbo].[Estate] WHERE [Id] = @EstateId)
    BEGIN
        THROW 50400, N'No such estate.', 1;
    END

    IF EXISTS (SELECT 1 FROM [dbo].[OwnersCommittee] WITH (UPDLOCK, HOLDLOCK) WHERE [EstateId] = @EstateId AND [HandedOverOn] IS NULL)
    BEGIN
        THROW 50400, N'The estate already has a current committee: re-election is a handover.', 1;
    END

    DECLARE @Term INT = (SELECT ISNULL(MAX([Term]), 0) + 1 FROM [dbo].[OwnersCommittee] WHERE [EstateId] = @EstateId);

    INSERT INTO [dbo].[OwnersCommittee] ([EstateId], [Term], [MeetingDate], [FilingDate], [TermEndDate])
    VALUES (@EstateId, @Term, @MeetingDate, @FilingDate, @TermEndDate);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[CommitteeMember] ([CommitteeId], [Position], [Name], [Role], [IsChair])
    SELECT
        @Id,
        [Position],
        [Name],
        [Role],
        [IsChair]
    FROM
        @Members;

    SELECT @Id AS [Id];
END
GO

-- Every term of the estate, newest (the current one) first.
CREATE OR ALTER PROCEDURE [dbo].[OwnersCommittee_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [EstateId],
        [Term],
        [MeetingDate],
        [FilingDate],
        [TermEndDate],
        [HandedOverOn],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[OwnersCommittee]
    WHERE
        [EstateId] = @EstateId
    ORDER BY
        [Term] DESC;
END
GO

CREATE OR ALTER PROCEDURE [dbo].[OwnersCommittee_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [EstateId],
        [Term],
        [MeetingDate],
        [FilingDate],
        [TermEndDate],
        [HandedOverOn],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[OwnersCommittee]
    WHERE
        [Id] = @Id;
END
GO

-- Updates the current term and replaces its members if @Version is still current. A stale version (or no such term)
-- raises 50409; a term already handed over raises 50400. Nothing is changed then.
CREATE OR ALTER PROCEDURE [dbo].[OwnersCommittee_Update]
    @Id BIGINT,
    @MeetingDate DATE,
    @FilingDate DATE,
    @TermEndDate DATE,
    @Members [dbo].[CommitteeMemberList] READONLY,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[OwnersCommittee]
    SET
        [MeetingDate] = @MeetingDate,
        [FilingDate] = @FilingDate,
        [TermEndDate] = @TermEndDate
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [HandedOverOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        IF EXISTS (SELECT 1 FROM [dbo].[OwnersCommittee] WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
        BEGIN
            THROW 50400, N'The committee has been handed over and is history.', 1;
        END
        ELSE
        BEGIN
            THROW 50409, N'The committee was changed by someone else since it was read.', 1;
        END
    END

    DELETE FROM
        [dbo].[CommitteeMember]
    WHERE
        [CommitteeId] = @Id;

    INSERT INTO [dbo].[CommitteeMember] ([CommitteeId], [Position], [Name], [Role], [IsChair])
    SELECT
        @Id,
        [Position],
        [Name],
        [Role],
        [IsChair]
    FROM
        @Members;
END
GO

-- 换届: closes the current term on @HandedOverOn if @Version is still current (the caller then creates the next
-- term in the same transaction). A stale version raises 50409; a term already handed over raises 50400.
CREATE OR ALTER PROCEDURE [dbo].[OwnersCommittee_UpdateHandedOver]
    @Id BIGINT,
    @HandedOverOn DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[OwnersCommittee]
    SET
        [HandedOverOn] = @HandedOverOn
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version
        AND [HandedOverOn] IS NULL;

    IF @@ROWCOUNT = 0
    BEGIN
        IF EXISTS (SELECT 1 FROM [dbo].[OwnersCommittee] WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
        BEGIN
            THROW 50400, N'The committee has already been handed over.', 1;
        END
        ELSE
        BEGIN
            THROW 50409, N'The committee was changed by someone else since it was read.', 1;
        END
    END
END
GO

CREATE OR ALTER PROCEDURE [dbo].[CommitteeMember_ReadByCommitteeId]
    @CommitteeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [CommitteeId],
        [Position],
        [Name],
        [Role],
        [IsChair]
    FROM
        [dbo].[CommitteeMember]
    WHERE
        [CommitteeId] = @CommitteeId
    ORDER BY
        [Position] ASC;
END
GO

-- The members of every term of the estate, by term then filed order.
CREATE OR ALTER PROCEDURE [dbo].[CommitteeMember_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        M.[CommitteeId],
        M.[Position],
        M.[Name],
        M.[Role],
        M.[IsChair]
    FROM
        [dbo].[CommitteeMember] M
        INNER JOIN [dbo].[OwnersCommittee] O ON O.[Id] = M.[CommitteeId]
    WHERE
        O.[EstateId] = @EstateId
    ORDER BY
        M.[CommitteeId] ASC,
        M.[Position] ASC;
END
GO

-- The committee track of every live estate under @ScopePath, by sub-district, community and estate (ids break ties,
-- so both databases give the same order). An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[CommitteeTrack_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [EstateName],
        [CommunityId],
        [CommunityName],
        [SubDistrictId],
        [SubDistrictName],
        [HardwareAcceptedDate],
        [ConsultationDate],
        [Households],
        [BallotsReturned],
        [VotesForProfessional],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ChairName],
        [MemberCount],
        [FilingDate],
        [TermEndDate],
        [Version]
    FROM
        [dbo].[CommitteeTrackView]
    WHERE
        @ScopePath <> N''
        AND [EstatePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [IsRetired] = 0
    ORDER BY
        [SubDistrictSortOrder] ASC,
        [SubDistrictId] ASC,
        [CommunitySortOrder] ASC,
        [CommunityId] ASC,
        [EstateId] ASC;
END
GO
