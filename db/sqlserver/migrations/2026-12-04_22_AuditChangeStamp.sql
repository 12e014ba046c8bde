-- 2026-12-04_22_AuditChangeStamp: the league's caches were stamped with MAX(AuditEntry.Id), which is not safe when
-- a long transaction commits a lower id after a higher one. Audit entries now take a row version and the stamp is
-- MIN_ACTIVE_ROWVERSION() ([dbo].[AuditEntry_ReadChangeStamp]). Adding a ROWVERSION column fills it in every
-- existing row, once: on a large trail run this migration in a quiet hour. Guarded and CREATE OR ALTER: re-runnable.

IF COL_LENGTH(N'dbo.AuditEntry', N'RowVersion') IS NULL
BEGIN
    ALTER TABLE [dbo].[AuditEntry] ADD [RowVersion] ROWVERSION NOT NULL;
END
GO

DROP PROCEDURE IF EXISTS [dbo].[AuditEntry_ReadLatestId];
GO

-- The league's cache stamp: a number that differs once any change has committed after it was read. Every change
-- writes audit entries, and each entry takes a row version ([dbo].[AuditEntry].[RowVersion]). MIN_ACTIVE_ROWVERSION()
-- is the lowest row version of a transaction still open (or the next one to be handed out): a change uncommitted
-- now holds a version at or above the stamp read now, and once it commits the stamp is past it. MAX([Id]) was not
-- safe: identities go in insert order, so a long transaction could commit a lower id after a higher one. A read of
-- no table, without locks; it also moves for other row-versioned writes, which only costs a rebuild.
CREATE OR ALTER PROCEDURE [dbo].[AuditEntry_ReadChangeStamp]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CONVERT(BIGINT, MIN_ACTIVE_ROWVERSION()) AS [ChangeStamp];
END
GO
