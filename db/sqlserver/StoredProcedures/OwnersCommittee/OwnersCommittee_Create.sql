-- A new term of the estate's committee, numbered after its last, with its members. An unknown estate, or an estate
-- that still has a current term (re-election is a handover), raises 50400. Returns the new id.
CREATE PROCEDURE [dbo].[OwnersCommittee_Create]
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
