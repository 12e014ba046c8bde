-- 2026-12-04_40_CommitteeRulesInCore: the committee track's rules live in Core (CommitteeService): one current term
-- per estate, history read-only, the term number. The procedures lose their domain refusals (THROW 50400) and keep
-- the database's integrity: versions (50409), the unique term and current-term indexes, the foreign key to the estate.
-- OwnersCommittee_Create takes the term number Core gives. The two reads of one term that only the repository's
-- own checks used are dropped: Core reads the estate's whole record. Re-runnable.

-- A new term of the estate's committee, numbered by Core (after the estate's last), with its members. Core refuses a
-- second current term; the keys stay the guards (an unknown estate: FK 547; a term number taken or a second current
-- term since Core read the record: 2627/2601). Returns the new id.
CREATE OR ALTER PROCEDURE [dbo].[OwnersCommittee_Create]
    @EstateId BIGINT,
    @Term INT,
    @MeetingDate DATE,
    @FilingDate DATE,
    @TermEndDate DATE,
    @Members [dbo].[CommitteeMemberList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

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

-- Updates the current term and replaces its members if @Version is still current and the term not handed over (Core
-- refuses to edit history; a handover since the read is a stale version). Otherwise raises 50409 and changes nothing.
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
        THROW 50409, N'The committee was changed or handed over by someone else since it was read.', 1;
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

-- 换届: closes the current term on @HandedOverOn if @Version is still current and the term not handed over (the
-- caller then creates the next term in the same transaction). Otherwise raises 50409 and changes nothing.
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
        THROW 50409, N'The committee was changed or handed over by someone else since it was read.', 1;
    END
END
GO

-- The estate's first consultation row. A row that someone else created since the caller read "none" raises 50409
-- (the caller's form is stale); an unknown estate is the foreign key's (547).
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

-- The acceptance of the estate's hardware works (the retrofit programme calls this when a project is accepted):
-- not version-checked, creates the row when missing. An unknown estate is the foreign key's (547).
CREATE OR ALTER PROCEDURE [dbo].[EstateConsultation_UpdateWorksAccepted]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

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

DROP PROCEDURE IF EXISTS [dbo].[OwnersCommittee_ReadById];
GO

DROP PROCEDURE IF EXISTS [dbo].[CommitteeMember_ReadByCommitteeId];
GO
