-- Every term of the estate, newest (the current one) first.
CREATE PROCEDURE [dbo].[OwnersCommittee_ReadByEstateId]
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
