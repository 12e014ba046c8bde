-- The id of the newest audit entry (0 when none): every change writes one, so the league's cache compares this single
-- seek on the clustered key instead of rebuilding its figures from a dozen tables.
CREATE PROCEDURE [dbo].[AuditEntry_ReadLatestId]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        ISNULL(MAX([Id]), 0) AS [LatestId]
    FROM
        [dbo].[AuditEntry];
END
