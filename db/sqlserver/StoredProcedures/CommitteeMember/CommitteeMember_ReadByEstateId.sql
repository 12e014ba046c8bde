-- The members of every term of the estate, by term then filed order.
CREATE PROCEDURE [dbo].[CommitteeMember_ReadByEstateId]
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
