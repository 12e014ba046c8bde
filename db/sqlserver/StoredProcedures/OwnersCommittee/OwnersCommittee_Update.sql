-- Updates the current term and replaces its members if @Version is still current. A stale version (or no such term)
-- raises 50409; a term already handed over raises 50400. Nothing is changed then.
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
