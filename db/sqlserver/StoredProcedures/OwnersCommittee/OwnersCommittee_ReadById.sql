CREATE PROCEDURE [dbo].[OwnersCommittee_ReadById]
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
