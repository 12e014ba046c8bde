-- A new term of the estate's committee, numbered by Core (after the estate's last), with its members. Core refuses a
-- second current term; the keys stay the guards (an unknown estate: FK 547; a term number taken or a second current
-- term since Core read the record: 2627/2601). Returns the new id.
CREATE PROCEDURE [dbo].[OwnersCommittee_Create]
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
