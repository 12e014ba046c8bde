CREATE PROCEDURE [dbo].[CommitteeMember_ReadByCommitteeId]
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
