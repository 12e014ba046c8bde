-- The estate's managing body with its version as a BIGINT [Version], or no row.
CREATE PROCEDURE [dbo].[ManagingBody_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [Kind],
        [SinceDate],
        [RecordedUtc],
        [RecordedByName],
        CONVERT(BIGINT, [RowVersion]) AS [Version]
    FROM
        [dbo].[ManagingBody]
    WHERE
        [EstateId] = @EstateId;
END
