-- Updates the current term and replaces its members if @Version is still current and the term not handed over (Core
-- refuses to edit history; a handover since the read is a stale version). Otherwise raises 50409 and changes nothing.
CREATE PROCEDURE [dbo].[OwnersCommittee_Update]
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
