-- 2026-11-27_07_AuditLatestId: the league caches its table until the newest audit entry changes (every change writes
-- one), and reads that id through this procedure. CREATE OR ALTER: re-runnable.

-- The id of the newest audit entry (0 when none): every change writes one, so the league's cache compares this single
-- seek on the clustered key instead of rebuilding its figures from a dozen tables.
CREATE OR ALTER PROCEDURE [dbo].[AuditEntry_ReadLatestId]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        ISNULL(MAX([Id]), 0) AS [LatestId]
    FROM
        [dbo].[AuditEntry];
END
GO
